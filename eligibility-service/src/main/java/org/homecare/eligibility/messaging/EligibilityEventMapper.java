package org.homecare.eligibility.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.eligibility.domain.Decision;
import org.homecare.eligibility.domain.NameMask;
import org.homecare.eligibility.domain.Outcome;
import org.homecare.eligibility.repository.ElderSnapshots.CurrentOutcome;

/** The eligibility.v1 events of this service's decisions; the use cases append them through the outbox. */
public final class EligibilityEventMapper {

    /**
     * The event of a changed outcome.
     *
     * @param previous the elder's outcome before this decision, null for a first decision
     */
    /** @param name the elder's name, which travels only masked to the surname (a provider's client list shows it) */
    public static DomainEvent outcomeChanged(UUID elderId, String name, Decision decision, Outcome.Change change,
            LocalDate from, CurrentOutcome previous) {
        List<String> categories = decision.categories().stream().map(Enum::name).toList();
        return switch (change) {
            case GRANTED -> new EligibilityGranted(elderId, decision.districtCode(), decision.monthlyAmountFen(),
                    categories, from, decision.policyId(), decision.policyVersion(), NameMask.surnameOnly(name));
            case CHANGED -> new EligibilityChanged(elderId, decision.districtCode(), decision.monthlyAmountFen(),
                    categories, from, decision.policyId(), decision.policyVersion(), NameMask.surnameOnly(name));
            case REVOKED -> {
                // the grant being revoked names its policy when the new decision has none (no policy in force)
                boolean own = decision.policyId() != null;
                yield new EligibilityRevoked(elderId, decision.districtCode(), decision.revokeReason(), from,
                        own ? decision.policyId() : previous.policyId(),
                        own ? decision.policyVersion() : previous.policyVersion());
            }
            case UNCHANGED -> throw new IllegalArgumentException("an unchanged outcome publishes nothing");
        };
    }

    private EligibilityEventMapper() {
    }
}
