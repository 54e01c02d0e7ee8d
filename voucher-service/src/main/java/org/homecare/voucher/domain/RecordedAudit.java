package org.homecare.voucher.domain;

import java.time.Instant;

/** One audit record as written; before and after are the recorded JSON text (already masked where personal). */
public record RecordedAudit(Instant at, String actor, String action, String objectType, String objectId,
        String before, String after) {
}
