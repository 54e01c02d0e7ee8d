package org.homecare.voucher.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.StatusTimeline;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.domain.VoucherStatusChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VoucherStatusChangeRepository implements PanacheRepositoryBase<VoucherStatusChange, UUID> {

    /** The timelines of many vouchers in one query. */
    public Map<UUID, StatusTimeline<VoucherStatus>> timelinesOf(Collection<UUID> voucherIds) {
        if (voucherIds.isEmpty()) {
            return Map.of();
        }
        List<VoucherStatusChange> changes = list("voucherId in ?1", voucherIds);
        return changes.stream().collect(Collectors.groupingBy(VoucherStatusChange::voucherId,
                Collectors.collectingAndThen(Collectors.toList(),
                        list -> new StatusTimeline<>(list.stream().map(VoucherStatusChange::asChange).toList()))));
    }
}
