package org.homecare.voucher.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code that confirms a visit (confirmation {@link Confirmation#SMS_CODE}): texted to the elder, who reads
 * it back to the caregiver once the service is done. Only its hash is stored ({@link #hashOf}), so neither the
 * database nor the provider who asked for it knows the code.
 */
@Entity
@Table(name = "visit_code")
public class VisitCode {

    /** The longest a code may be valid: one visit's day, not a standing code for the week. */
    public static final Duration LONGEST_VALIDITY = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Id
    private UUID id;

    @Column(name = "voucher_id", nullable = false)
    private UUID voucherId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by_log_id")
    private UUID usedByLogId;

    protected VisitCode() {
    }

    /** A new code with the code itself, which only the text to the elder carries. */
    public record Issued(VisitCode visitCode, String code) {

        /** The text to the elder, e.g. 【居家养老】您的上门服务核验码为 123456，有效期至 12-04 18:00。请在服务完成后告知服务人员。 */
        public String text(ZoneId zone) {
            return "【居家养老】您的上门服务核验码为 " + code + "，有效期至 "
                    + UNTIL.format(visitCode.validUntil().atZone(zone)) + "。请在服务完成后告知服务人员。";
        }

        @Override
        public String toString() {
            return "Issued[" + visitCode.id() + "]";
        }
    }

    /** Six digits, leading zeros kept, from a SecureRandom: guessing one is a chance in a million. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static Issued issue(UUID voucherId, UUID providerId, String code, Instant validFrom, Instant validUntil,
            Instant issuedAt, String issuedBy) {
        VisitCode visitCode = new VisitCode();
        visitCode.id = UUID.randomUUID();
        visitCode.voucherId = voucherId;
        visitCode.providerId = providerId;
        visitCode.codeHash = hashOf(voucherId, code);
        visitCode.validFrom = validFrom;
        visitCode.validUntil = validUntil;
        visitCode.issuedAt = issuedAt;
        visitCode.issuedBy = issuedBy;
        return new Issued(visitCode, code);
    }

    /** A code as stored, read by plain SQL on the batch redemption path: not managed, marked used by its store. */
    public static VisitCode stored(UUID id, UUID voucherId, UUID providerId, String codeHash, Instant validFrom,
            Instant validUntil, Instant issuedAt, String issuedBy, Instant usedAt, UUID usedByLogId) {
        VisitCode visitCode = new VisitCode();
        visitCode.id = id;
        visitCode.voucherId = voucherId;
        visitCode.providerId = providerId;
        visitCode.codeHash = codeHash;
        visitCode.validFrom = validFrom;
        visitCode.validUntil = validUntil;
        visitCode.issuedAt = issuedAt;
        visitCode.issuedBy = issuedBy;
        visitCode.usedAt = usedAt;
        visitCode.usedByLogId = usedByLogId;
        return visitCode;
    }

    /**
     * What is stored of a code and what a log's code is looked up by: hex SHA-256 of {@code voucherId + ":" + code}.
     * The voucher in the hash makes a code typed for one voucher no match for another's.
     */
    public static String hashOf(UUID voucherId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((voucherId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A code a log used: the code, the log, and when. */
    public record Use(UUID codeId, UUID serviceLogId, Instant at) {
    }

    public boolean used() {
        return usedAt != null;
    }

    /** Unused, and the service started within the validity, both ends included. */
    public boolean usableFor(Instant serviceStart) {
        return usedAt == null && !serviceStart.isBefore(validFrom) && !serviceStart.isAfter(validUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public UUID providerId() {
        return providerId;
    }

    public String codeHash() {
        return codeHash;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    /** @return null while unused */
    public Instant usedAt() {
        return usedAt;
    }

    /** @return null while unused */
    public UUID usedByLogId() {
        return usedByLogId;
    }
}
