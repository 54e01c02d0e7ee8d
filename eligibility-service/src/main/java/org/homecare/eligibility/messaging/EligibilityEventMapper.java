package org.homecare.eligibility.messaging;

import java.time.LocalDate;
import java.util.List;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.eligibility.domain.Decision;
import org.homecare.eligibility.domain.NameMask;
import org.homecare.eligibility.domain.Outcome;
import org.homecare.eligibility.repository.ElderSnapshots.CurrentOutcome;
import org.homecare.eligibility.repository.ElderSnapshots.ElderRow;

/**
 * The eligibility.v1 events of this service's decisions, the one place they are built; the use cases append them
 * through the outbox. Of the elder's personal data a grant or change carries the name masked to the surname (a
 * provider's client list shows it), the home as its cell (never the point) and the phone (voucher-service sends the
 * one-time visit codes to it).
 */
public final class EligibilityEventMapper {

    /**
     * The event of a changed outcome.
     *
     * @param elder the elder as its decision was locked and read, with name and phone
     * @param previous the elder's outcome before this decision, null for a first decision
     */
    public static DomainEvent outcomeChanged(ElderRow elder, Decision decision, Outcome.Change change,
            LocalDate from, CurrentOutcome previous) {
        List<String> categories = decision.categories().stream().map(Enum::name).toList();
        return switch (change) {
            case GRANTED -> new EligibilityGranted(elder.id(), decision.districtCode(), decision.monthlyAmountFen(),
                    categories, from, decision.policyId(), decision.policyVersion(), NameMask.surnameOnly(elder.name()),
                    decision.homeCell(), elder.phone());
            case CHANGED -> new EligibilityChanged(elder.id(), decision.districtCode(), decision.monthlyAmountFen(),
                    categories, from, decision.policyId(), decision.policyVersion(), NameMask.surnameOnly(elder.name()),
                    decision.homeCell(), elder.phone());
            case REVOKED -> {
                // the grant being revoked names its policy when the new decision has none (no policy in force)
                boolean own = decision.policyId() != null;
                yield new EligibilityRevoked(elder.id(), decision.districtCode(), decision.revokeReason(), from,
                        own ? decision.policyId() : previous.policyId(),
                        own ? decision.policyVersion() : previous.policyVersion());
            }
            case UNCHANGED -> throw new IllegalArgumentException("an unchanged outcome publishes nothing");
        };
    }

    private EligibilityEventMapper() {
    }
}
