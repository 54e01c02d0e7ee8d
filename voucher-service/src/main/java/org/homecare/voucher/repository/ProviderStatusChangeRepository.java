package org.homecare.voucher.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.domain.ProviderStatusChange;
import org.homecare.voucher.domain.StatusTimeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderStatusChangeRepository implements PanacheRepositoryBase<ProviderStatusChange, UUID> {

    public StatusTimeline<ProviderStatus> timelineOf(UUID providerId) {
        List<ProviderStatusChange> changes = list("providerId", providerId);
        return new StatusTimeline<>(changes.stream()
                .map(c -> new StatusTimeline.Change<>(c.status(), c.effectiveFrom(), c.seq()))
                .toList());
    }

    public int nextSeq(UUID providerId) {
        Integer max = getEntityManager()
                .createQuery("select max(c.seq) from ProviderStatusChange c where c.providerId = ?1", Integer.class)
                .setParameter(1, providerId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
