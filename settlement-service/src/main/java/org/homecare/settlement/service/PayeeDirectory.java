package org.homecare.settlement.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.ProviderEvents.ProviderPayeeChanged;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.settlement.domain.Payee;
import org.homecare.settlement.domain.PayeeRef;
import org.homecare.settlement.repository.PayeeRefRepository;

/** Settlement's copy of providers' payee accounts (ProviderPayeeChanged on provider.v1): every version, kept. */
@ApplicationScoped
@Transactional
public class PayeeDirectory {

    private final Inbox inbox;
    private final PayeeRefRepository payees;
    private final BusinessClock clock;

    public PayeeDirectory(Inbox inbox, PayeeRefRepository payees, BusinessClock clock) {
        this.inbox = inbox;
        this.payees = payees;
        this.clock = clock;
    }

    public void payeeChanged(UUID eventId, ProviderPayeeChanged e) {
        if (e.providerId() == null || e.accountName() == null || e.bankName() == null || e.bankCode() == null
                || e.accountNumber() == null || e.effectiveFrom() == null) {
            throw new MalformedEventException("ProviderPayeeChanged " + eventId + " lacks required fields");
        }
        if (!inbox.firstDelivery(ProviderDirectory.CONSUMER, eventId)) {
            return;
        }
        payees.persist(new PayeeRef(eventId, e.providerId(),
                new Payee(e.accountName(), e.bankName(), e.bankCode(), e.accountNumber()), e.effectiveFrom(),
                clock.instant()));
    }

    /** The account in force today, by the business clock. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Payee> inForce(UUID providerId) {
        return payees.inForceOn(providerId, clock.today()).map(PayeeRef::payee);
    }
}
