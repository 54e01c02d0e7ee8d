package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.UUID;

/** An accepted log's time slot: what overlap and duplicate checks compare against. */
public record ServiceSlot(UUID elderId, String personKey, String itemCode, Instant startTime, Instant endTime) {
}
