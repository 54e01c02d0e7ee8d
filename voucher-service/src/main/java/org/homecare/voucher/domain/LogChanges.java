package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What a correction changes in a log; a null field keeps the log's value. */
public record LogChanges(String itemCode, Instant startTime, Instant endTime, Integer units, UUID caregiverId,
        Double latitude, Double longitude, Confirmation confirmation, String confirmationRef) {

    public boolean isEmpty() {
        return itemCode == null && startTime == null && endTime == null && units == null && caregiverId == null
                && latitude == null && longitude == null && confirmation == null && confirmationRef == null;
    }

    public ServiceLog.Submitted applyTo(ServiceLog.Submitted log) {
        return new ServiceLog.Submitted(log.providerLogId(), log.voucherId(), null,
                or(caregiverId, log.caregiverId()), or(itemCode, log.itemCode()), or(startTime, log.startTime()),
                or(endTime, log.endTime()), or(units, log.units()), or(latitude, log.latitude()),
                or(longitude, log.longitude()), or(confirmation, log.confirmation()),
                or(confirmationRef, log.confirmationRef()));
    }

    /** The fields whose value differs from the log's, by their API names. */
    public List<String> changedFields(ServiceLog log) {
        List<String> changed = new ArrayList<>();
        differs(changed, "itemCode", itemCode, log.itemCode());
        differs(changed, "startTime", startTime, log.startTime());
        differs(changed, "endTime", endTime, log.endTime());
        differs(changed, "units", units, log.units());
        differs(changed, "caregiverId", caregiverId, log.caregiverId());
        differs(changed, "latitude", latitude, log.latitude());
        differs(changed, "longitude", longitude, log.longitude());
        differs(changed, "confirmation", confirmation, log.confirmation());
        differs(changed, "confirmationRef", confirmationRef, log.confirmationRef());
        return changed;
    }

    private static void differs(List<String> changed, String name, Object value, Object current) {
        if (value != null && !Objects.equals(value, current)) {
            changed.add(name);
        }
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}
