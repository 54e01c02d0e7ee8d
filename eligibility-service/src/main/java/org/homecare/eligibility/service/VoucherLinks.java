package org.homecare.eligibility.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.events.VoucherEvents.VoucherIssued;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.eligibility.repository.ElderRepository;

/** Records on each elder the voucher voucher-service issued for it; every event once (inbox). */
@ApplicationScoped
@Transactional
public class VoucherLinks {

    static final String CONSUMER = "eligibility-service:voucher.v1";

    public record IssuedVoucher(UUID eventId, VoucherIssued event) {
    }

    private final Inbox inbox;
    private final ElderRepository elders;

    public VoucherLinks(Inbox inbox, ElderRepository elders) {
        this.inbox = inbox;
        this.elders = elders;
    }

    public void linkAll(List<IssuedVoucher> issued) {
        Set<UUID> first = inbox.firstDeliveries(CONSUMER, issued.stream().map(IssuedVoucher::eventId).toList());
        issued.stream().filter(i -> first.contains(i.eventId())).forEach(this::apply);
    }

    public void link(IssuedVoucher issued) {
        if (inbox.firstDelivery(CONSUMER, issued.eventId())) {
            apply(issued);
        }
    }

    private void apply(IssuedVoucher issued) {
        VoucherIssued e = issued.event();
        // an elder this service does not know (another city's voucher database, a test's) has no row to link
        elders.linkVoucher(e.elderId(), e.voucherId(), e.cardNumber());
    }
}
