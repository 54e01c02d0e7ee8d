package org.homecare.settlement.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.contracts.caller.Caller;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.repository.ProviderRefRepository;

/**
 * Who sees which statement: city staff and auditors all, the settlement platform approved and paid ones, a provider
 * its own (matched by the credit code in its token). Anything else looks as if it did not exist.
 */
@ApplicationScoped
public class StatementAccess {

    static final Set<StatementStatus> PLATFORM_VISIBLE = EnumSet.of(StatementStatus.APPROVED, StatementStatus.PAID);

    private final ProviderRefRepository providers;

    public StatementAccess(ProviderRefRepository providers) {
        this.providers = providers;
    }

    /** The provider a provider token speaks for; empty when its credit code is not (yet) known here. */
    public Optional<UUID> providerOf(Caller caller) {
        return caller.providerCode().flatMap(providers::byCreditCode).map(p -> p.id());
    }

    public boolean maySee(Caller caller, Statement statement) {
        if (caller.seesAll()) {
            return true;
        }
        if (caller.is(Caller.PLATFORM) && PLATFORM_VISIBLE.contains(statement.status())) {
            return true;
        }
        return caller.is(Caller.PROVIDER) && providerOf(caller).filter(statement.providerId()::equals).isPresent();
    }

    public List<StatementStatus> visibleStatuses(Caller caller) {
        if (caller.seesAll() || caller.is(Caller.PROVIDER)) {
            return List.of(StatementStatus.values());
        }
        return List.copyOf(PLATFORM_VISIBLE);
    }
}
