package org.homecare.voucher.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;
import org.homecare.voucher.domain.Contract;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VoucherRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoucherQueries {

    private final VoucherRepository vouchers;
    private final LedgerEntryRepository entries;
    private final ContractRepository contracts;
    private final ServiceLogRepository serviceLogs;
    private final BusinessClock clock;

    public VoucherQueries(VoucherRepository vouchers, LedgerEntryRepository entries, ContractRepository contracts,
            ServiceLogRepository serviceLogs, BusinessClock clock) {
        this.vouchers = vouchers;
        this.entries = entries;
        this.contracts = contracts;
        this.serviceLogs = serviceLogs;
        this.clock = clock;
    }

    /** @param providerId null for a role that sees every voucher */
    public Voucher get(UUID providerId, UUID id) {
        return vouchers.findByIdOptional(id)
                .filter(v -> providerId == null || visibleTo(providerId, v))
                .orElseThrow(() -> ApiProblem.notFound("voucher", id));
    }

    public Paged<Voucher> list(UUID providerId, UUID elderId, int page, int size) {
        if (elderId != null) {
            List<Voucher> found = vouchers.findByElder(elderId)
                    .filter(v -> providerId == null || visibleTo(providerId, v)).stream().toList();
            return new Paged<>(page == 0 ? found : List.of(), page, size, found.size());
        }
        PanacheQuery<Voucher> query = vouchers.findAll(Sort.by("id")).page(page, size);
        return new Paged<>(query.list(), page, size, query.count());
    }

    public Paged<LedgerEntry> ledger(UUID voucherId, int page, int size) {
        vouchers.findByIdOptional(voucherId).orElseThrow(() -> ApiProblem.notFound("voucher", voucherId));
        PanacheQuery<LedgerEntry> query = entries.ofVoucher(voucherId).page(page, size);
        return new Paged<>(query.list(), page, size, query.count());
    }

    /** A provider may see the vouchers of elders it may serve today (a district of a contract in force) or has served. */
    private boolean visibleTo(UUID providerId, Voucher voucher) {
        boolean mayServe = contracts.inForce(providerId, clock.today()).stream()
                .map(Contract::districtCodes)
                .anyMatch(districts -> districts.contains(voucher.districtCode()));
        return mayServe || serviceLogs.providerServed(providerId, voucher.id());
    }
}
