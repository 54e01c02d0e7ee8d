package org.homecare.provider.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.problem.Problem;
import org.homecare.provider.domain.PayeeAccount;
import org.homecare.provider.domain.PayeeDetails;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.messaging.ProviderEventMapper;
import org.homecare.provider.repository.PayeeAccountRepository;

/**
 * The account the city pays a provider to: recorded by city-admin at registration or later, effective-dated, every
 * version kept. Each new version goes to settlement-service as {@code ProviderPayeeChanged}.
 */
@ApplicationScoped
@Transactional
public class PayeeAccounts {

    /** The account in force today and every version, the oldest first. */
    public record PayeeHistory(Optional<PayeeAccount> current, List<PayeeAccount> versions) {
    }

    private final PayeeAccountRepository accounts;
    private final ProviderAccess access;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public PayeeAccounts(PayeeAccountRepository accounts, ProviderAccess access, OutboxWriter outbox,
            AuditTrail audit, BusinessClock clock) {
        this.accounts = accounts;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** city-admin: a new version from {@code effectiveFrom} (today when absent; never in the past). */
    public PayeeHistory change(Caller caller, UUID providerId, PayeeDetails details, Optional<LocalDate> effectiveFrom) {
        Provider provider = access.visibleForUpdate(caller, providerId);
        LocalDate from = effectiveFrom.orElse(clock.today());
        if (from.isBefore(clock.today())) {
            throw ApiProblem.badRequest("effectiveFrom", "must be today or later: payments already made went to the "
                    + "account then in force");
        }
        check(details, provider.name(), "");
        record(caller, provider, details, from);
        return history(caller, providerId);
    }

    /** The account given in a registration, in its transaction; its field errors name {@code bankAccount.*}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAtRegistration(Caller caller, Provider provider, PayeeDetails details) {
        check(details, provider.name(), "bankAccount.");
        record(caller, provider, details, clock.today());
    }

    private void record(Caller caller, Provider provider, PayeeDetails details, LocalDate effectiveFrom) {
        Optional<PayeeAccount> latest = accounts.latestOf(provider.id());
        if (latest.isPresent() && latest.get().details().equals(details)
                && latest.get().effectiveFrom().equals(effectiveFrom)) {
            return; // the same account sent again: nothing changes, nothing is announced
        }
        PayeeAccount before = accounts.inForceOn(provider.id(), effectiveFrom).orElse(null);
        PayeeAccount account = new PayeeAccount(provider.id(), details, effectiveFrom, clock.instant(), caller.name());
        accounts.persist(account);
        outbox.append(ProviderEventMapper.payeeChanged(account));
        audit.record(caller.name(), "PAYEE_ACCOUNT_CHANGED", "provider", provider.id().toString(),
                AuditStates.PayeeState.of(before), AuditStates.PayeeState.of(account));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayeeHistory history(Caller caller, UUID providerId) {
        Provider provider = access.visible(caller, providerId);
        return new PayeeHistory(accounts.inForceOn(provider.id(), clock.today()), accounts.historyOf(provider.id()));
    }

    private static void check(PayeeDetails details, String registeredName, String fieldPrefix) {
        List<Problem.FieldError> errors = details.problems(registeredName).stream()
                .map(p -> new Problem.FieldError(fieldPrefix + p.field(), p.message())).toList();
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "Invalid request", "VALIDATION_FAILED", "the bank account is not valid",
                    errors, List.of());
        }
    }
}
