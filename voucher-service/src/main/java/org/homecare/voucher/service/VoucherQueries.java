package org.homecare.voucher.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.voucher.domain.CardNumber;
import org.homecare.voucher.domain.Contract;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.PeriodBalances;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VoucherRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * What the API reads of vouchers. Every read takes the caller's districts; the repository applies them in the query
 * that finds the voucher, so a voucher outside them (and its ledger) is "not found", the same as a missing one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoucherQueries {

    /** A provider's clients include those it served in this many calendar months, the current one among them. */
    public static final int SERVED_MONTHS = 3;

    private final VoucherRepository vouchers;
    private final LedgerEntryRepository entries;
    private final ContractRepository contracts;
    private final ServiceLogRepository serviceLogs;
    private final BusinessClock clock;
    private final PeriodBalances periodBalances;
    private final VoucherSettings settings;

    public VoucherQueries(VoucherRepository vouchers, LedgerEntryRepository entries, ContractRepository contracts,
            ServiceLogRepository serviceLogs, BusinessClock clock, PeriodBalances periodBalances,
            VoucherSettings settings) {
        this.vouchers = vouchers;
        this.entries = entries;
        this.contracts = contracts;
        this.serviceLogs = serviceLogs;
        this.clock = clock;
        this.periodBalances = periodBalances;
        this.settings = settings;
    }

    /** @param providerId null for a role that sees every provider's clients */
    public Voucher get(UUID providerId, DistrictScope scope, UUID id) {
        Voucher voucher = vouchers.findVisible(id, scope)
                .filter(v -> providerId == null || visibleTo(providerId, v))
                .orElseThrow(() -> ApiProblem.notFound("voucher", id));
        return withOpenBalances(List.of(voucher)).get(0);
    }

    /** The vouchers with the balances of the months open for logs now (the previous one while its window runs). */
    private List<Voucher> withOpenBalances(List<Voucher> page) {
        periodBalances.load(page, settings.window().openPeriods(clock.instant()).stream().map(YearMonth::toString)
                .toList());
        return page;
    }

    /** @param district a district the list is filtered to: outside the caller's scope it is "not found" */
    public Paged<Voucher> list(UUID providerId, DistrictScope scope, Optional<String> district, UUID elderId,
            PageRequest paging) {
        PanacheQuery<Voucher> query = vouchers.search(elderId, scope.narrowedTo(district));
        if (elderId != null) {
            List<Voucher> found = query.list().stream().filter(v -> providerId == null || visibleTo(providerId, v))
                    .toList();
            return paging.answer(paging.page() == 0 ? withOpenBalances(found) : List.of(), found.size());
        }
        query.page(paging.page(), paging.size());
        return paging.answer(withOpenBalances(query.list()), query.count());
    }

    public Paged<LedgerEntry> ledger(DistrictScope scope, UUID voucherId, PageRequest paging) {
        vouchers.findVisible(voucherId, scope).orElseThrow(() -> ApiProblem.notFound("voucher", voucherId));
        PanacheQuery<LedgerEntry> query = entries.ofVoucher(voucherId).page(paging.page(), paging.size());
        return paging.answer(query.list(), query.count());
    }

    /**
     * The provider's clients in card-number order: the vouchers it may serve today and those it served (an accepted
     * log, not voided) in the last {@value #SERVED_MONTHS} calendar months by the business clock.
     */
    public Paged<Voucher> clients(UUID providerId, Optional<CardNumber> cardNumber, PageRequest paging) {
        YearMonth servedFrom = clock.currentPeriod().minusMonths(SERVED_MONTHS - 1);
        LocalDate today = clock.today();
        Optional<String> number = cardNumber.map(CardNumber::digits);
        long total = vouchers.countClientsOf(providerId, today, servedFrom, number);
        List<Voucher> page = total <= paging.offset() ? List.of()
                : vouchers.clientsOf(providerId, today, servedFrom, number, paging.offset(), paging.size());
        return paging.answer(page, total);
    }

    /** A provider may see the vouchers of elders it may serve today (a district of a contract in force) or has served. */
    private boolean visibleTo(UUID providerId, Voucher voucher) {
        boolean mayServe = contracts.inForce(providerId, clock.today()).stream()
                .map(Contract::districtCodes)
                .anyMatch(districts -> districts.contains(voucher.districtCode()));
        return mayServe || serviceLogs.providerServed(providerId, voucher.id());
    }
}
