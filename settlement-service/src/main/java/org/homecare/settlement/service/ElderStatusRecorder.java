package org.homecare.settlement.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.settlement.domain.ElderStatusChange;
import org.homecare.settlement.repository.ElderStatusChangeRepository;

/** Keeps revocations (and deaths: reason DECEASED) from eligibility.v1, to flag services after them. */
@ApplicationScoped
@Transactional
public class ElderStatusRecorder {

    static final String CONSUMER = "settlement-service:eligibility.v1";

    private final Inbox inbox;
    private final ElderStatusChangeRepository changes;

    public ElderStatusRecorder(Inbox inbox, ElderStatusChangeRepository changes) {
        this.inbox = inbox;
        this.changes = changes;
    }

    public void revoked(UUID eventId, EligibilityRevoked e) {
        if (e.elderId() == null || e.effectiveFrom() == null || e.reason() == null) {
            throw new MalformedEventException("EligibilityRevoked " + eventId + " lacks elderId, reason or date");
        }
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            changes.persist(new ElderStatusChange(e.elderId(), e.reason(), e.effectiveFrom()));
        }
    }

}
