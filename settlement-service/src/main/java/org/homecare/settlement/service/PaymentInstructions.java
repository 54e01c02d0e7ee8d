package org.homecare.settlement.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.settlement.domain.CreditTransfer;
import org.homecare.settlement.domain.CreditTransferBatch;
import org.homecare.settlement.domain.Payee;
import org.homecare.settlement.domain.PayeeStatus;
import org.homecare.settlement.domain.PaymentReturn;
import org.homecare.settlement.domain.ProviderRef;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.repository.PaymentReturnRepository;
import org.homecare.settlement.repository.ProviderRefRepository;
import org.homecare.settlement.repository.StatementRepository;

/**
 * What the city settlement platform must transfer: approved statements not yet paid, each with the payee it was
 * approved to (the account number whole: only the platform reads this) and whether it can be paid to it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentInstructions {

    public record Instruction(UUID statementId, String period, UUID providerId,
            @Schema(nullable = true) String providerName, @Schema(nullable = true) String creditCode,
            @Schema(nullable = true) String accountName, @Schema(nullable = true) String bankName,
            @Schema(nullable = true, description = "the 12-digit CNAPS code") String bankCode,
            @Schema(nullable = true) String accountNumber, long amountFen,
            @Schema(description = "OK: payable; MISSING or PAYEE_CHANGED_SINCE_APPROVAL: cannot be paid yet")
            PayeeStatus payeeStatus, boolean missingPayee,
            @Schema(nullable = true, description = "the bank's return of the last payment, if it was returned")
            LastReturn lastReturn) {
    }

    public record LastReturn(LocalDate returnedOn, String reasonCode, String reason) {
    }

    private final StatementRepository statements;
    private final ProviderRefRepository providers;
    private final PaymentReturnRepository returns;
    private final StatementViews views;
    private final DebtorSettings debtor;
    private final BusinessClock clock;

    public PaymentInstructions(StatementRepository statements, ProviderRefRepository providers,
            PaymentReturnRepository returns, StatementViews views, DebtorSettings debtor, BusinessClock clock) {
        this.statements = statements;
        this.providers = providers;
        this.returns = returns;
        this.views = views;
        this.debtor = debtor;
        this.clock = clock;
    }

    public Paged<Instruction> unpaidApproved(String period, PageRequest paging) {
        StatementRepository.Slice slice = statements.page(period, Optional.empty(),
                List.of(StatementStatus.APPROVED), paging.page(), paging.size());
        Map<UUID, PaymentReturn> lastReturns = lastReturns(slice.items());
        return new Paged<>(slice.items().stream().map(s -> instruction(s, lastReturns.get(s.id()))).toList(),
                paging.page(), paging.size(), slice.total());
    }

    /** The period's payable statements as one ISO 20022 credit transfer batch, for the debtor account configured. */
    public CreditTransferBatch transferBatch(String period) {
        List<CreditTransfer> transfers = statements.allOf(period, List.of(StatementStatus.APPROVED)).stream()
                .filter(s -> views.payeeStatus(s) == PayeeStatus.OK && s.totalFen() > 0)
                .map(PaymentInstructions::transfer).toList();
        if (transfers.isEmpty()) {
            throw ApiProblem.conflict("NOTHING_PAYABLE", "no approved statement of " + period
                    + " can be paid now (none, or none with the payee it was approved to)");
        }
        return new CreditTransferBatch(period, clock.instant(), clock.today(), debtor.debtorAccount(), transfers);
    }

    private static CreditTransfer transfer(Statement s) {
        Payee p = s.payee();
        return new CreditTransfer(s.id(), s.totalFen(), p.accountName(), p.accountNumber(), p.bankCode(),
                p.bankName());
    }

    private Instruction instruction(Statement s, PaymentReturn lastReturn) {
        Optional<ProviderRef> provider = providers.findByIdOptional(s.providerId());
        Optional<Payee> payee = Optional.ofNullable(s.payee());
        PayeeStatus status = views.payeeStatus(s);
        return new Instruction(s.id(), s.period(), s.providerId(), provider.map(ProviderRef::name).orElse(null),
                provider.map(ProviderRef::creditCode).orElse(null), payee.map(Payee::accountName).orElse(null),
                payee.map(Payee::bankName).orElse(null), payee.map(Payee::bankCode).orElse(null),
                payee.map(Payee::accountNumber).orElse(null), s.totalFen(), status, status == PayeeStatus.MISSING,
                lastReturn == null ? null : new LastReturn(lastReturn.returnedOn(), lastReturn.reasonCode().name(),
                        lastReturn.reason()));
    }

    private Map<UUID, PaymentReturn> lastReturns(List<Statement> page) {
        return returns.ofStatements(page.stream().map(Statement::id).toList()).stream()
                .collect(Collectors.toMap(PaymentReturn::statementId, Function.identity(),
                        (a, b) -> Comparator.comparing(PaymentReturn::recordedAt).compare(a, b) >= 0 ? a : b));
    }
}
