package org.homecare.voucher.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A one-time visit code as the batch path sees it: stored only as its hash, usable once for a visit that starts
 * within its validity.
 */
public record IssuedCode(UUID id, UUID voucherId, Instant validFrom, Instant validUntil, boolean used) {

    /** A code used up by a log. */
    public record Use(UUID codeId, UUID serviceLogId, Instant at) {
    }

    public boolean usableFor(Instant serviceStart) {
        return !used && !serviceStart.isBefore(validFrom) && !serviceStart.isAfter(validUntil);
    }

    /** The hex SHA-256 of the voucher id and the code: what is stored instead of the code. */
    public static String hashOf(UUID voucherId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((voucherId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
