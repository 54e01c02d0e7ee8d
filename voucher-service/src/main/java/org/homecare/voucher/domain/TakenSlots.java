package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accepted services in a batch's window, by caregiver and by elder, so each log is checked against its own
 * caregiver's and elder's services rather than against every slot of the batch.
 */
public final class TakenSlots {

    private final Map<String, List<ServiceSlot>> byPerson = new HashMap<>();
    private final Map<UUID, List<ServiceSlot>> byElder = new HashMap<>();

    public void add(ServiceSlot slot) {
        if (slot.personKey() != null) {
            byPerson.computeIfAbsent(slot.personKey(), k -> new ArrayList<>()).add(slot);
        }
        if (slot.elderId() != null) {
            byElder.computeIfAbsent(slot.elderId(), k -> new ArrayList<>()).add(slot);
        }
    }

    public boolean personBusy(String personKey, Instant start, Instant end) {
        return byPerson.getOrDefault(personKey, List.of()).stream()
                .anyMatch(slot -> slot.startTime().isBefore(end) && slot.endTime().isAfter(start));
    }

    public boolean elderServed(UUID elderId, String itemCode, Instant start) {
        return byElder.getOrDefault(elderId, List.of()).stream()
                .anyMatch(slot -> slot.itemCode().equals(itemCode) && slot.startTime().equals(start));
    }
}
