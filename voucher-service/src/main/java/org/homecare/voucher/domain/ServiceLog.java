package org.homecare.voucher.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.homecare.contracts.ids.TimeOrderedIds;

/** A submitted service, accepted (debited) or rejected with its reasons; an accepted one may later be voided. */
@Entity
@Table(name = "service_log")
public class ServiceLog {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "provider_log_id", nullable = false)
    private String providerLogId;

    @Column(name = "voucher_id")
    private UUID voucherId;

    @Column(name = "elder_id")
    private UUID elderId;

    @Column(name = "caregiver_id", nullable = false)
    private UUID caregiverId;

    @Column(name = "person_key")
    private String personKey;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    private String category;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "start_time", nullable = false)
    private Instant startTime;

    @Column(name = "end_time", nullable = false)
    private Instant endTime;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(nullable = false)
    private String period;

    @Column(nullable = false)
    private int units;

    /** Null when the device had no fix. */
    private Double latitude;

    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confirmation confirmation;

    /** The confirmation's evidence: the SMS code, a signature's or a face match's reference. */
    @Column(name = "confirmation_ref")
    private String confirmationRef;

    /** Debited but not payable while a visit exception of it is open. */
    @Column(nullable = false)
    private boolean held;

    /** The visit exceptions raised when it was stored (their lifecycle is in VisitException). */
    @Column(name = "exception_codes", nullable = false)
    private String exceptionCodes = "";

    /** 1 for a submitted log, one more for each correction of it (same providerLogId). */
    @Column(nullable = false)
    private int version = 1;

    @Column(name = "corrects_log_id")
    private UUID correctsLogId;

    @Enumerated(EnumType.STRING)
    @Column(name = "correction_reason")
    private CorrectionReason correctionReason;

    @Column(name = "correction_note")
    private String correctionNote;

    @Column(name = "unit_price_fen")
    private Long unitPriceFen;

    @Column(name = "amount_fen")
    private Long amountFen;

    @Column(name = "balance_after_fen")
    private Long balanceAfterFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceLogStatus status;

    @Column(nullable = false)
    private String reasons = "";

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    /** The request that stored the log; its audit record (ServiceLogSubmission) lists the request's logs. */
    @Column(name = "submission_id")
    private UUID submissionId;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    protected ServiceLog() {
    }

    /**
     * The facts of a submission as the provider sent them, before any decision. The voucher is named by its id or by
     * its card number ({@code voucherNumber}); a log by number is decided once {@link #forVoucher} has put in the id
     * of that card's voucher, null when no voucher has it.
     */
    public record Submitted(String providerLogId, UUID voucherId, String voucherNumber, UUID caregiverId,
            String itemCode, Instant startTime, Instant endTime, int units, Double latitude, Double longitude,
            Confirmation confirmation, String confirmationRef) {

        public Submitted forVoucher(UUID id) {
            return new Submitted(providerLogId, id, voucherNumber, caregiverId, itemCode, startTime, endTime, units,
                    latitude, longitude, confirmation, confirmationRef);
        }
    }

    /** The submission this log was: what a correction starts from. */
    public Submitted asSubmitted() {
        return new Submitted(providerLogId, voucherId, null, caregiverId, itemCode, startTime, endTime, units,
                latitude, longitude, confirmation, confirmationRef);
    }

    /** @param exceptions the visit exceptions it is held on; none: payable */
    public static ServiceLog accepted(UUID providerId, Submitted s, Voucher voucher, Caregiver caregiver,
            RedemptionDecision decision, long balanceAfterFen, Instant at, String by,
            List<VisitExceptionCode> exceptions) {
        ServiceLog log = base(providerId, s, decision, at, by);
        log.status = ServiceLogStatus.ACCEPTED;
        log.held = !exceptions.isEmpty();
        log.exceptionCodes = CodeList.join(exceptions);
        log.elderId = voucher.elderId();
        log.districtCode = voucher.districtCode();
        log.personKey = caregiver.personKey();
        log.balanceAfterFen = balanceAfterFen;
        return log;
    }

    public static ServiceLog rejected(UUID providerId, Submitted s, Voucher voucher, Caregiver caregiver,
            RedemptionDecision decision, Instant at, String by) {
        ServiceLog log = base(providerId, s, decision, at, by);
        log.status = ServiceLogStatus.REJECTED;
        log.reasons = CodeList.join(decision.reasons());
        if (voucher != null) {
            log.elderId = voucher.elderId();
            log.districtCode = voucher.districtCode();
        } else {
            // VOUCHER_NOT_FOUND: the unknown id is not stored as a link to someone else's voucher
            log.voucherId = null;
        }
        log.personKey = caregiver == null ? null : caregiver.personKey();
        return log;
    }

    private static ServiceLog base(UUID providerId, Submitted s, RedemptionDecision decision, Instant at, String by) {
        ServiceLog log = new ServiceLog();
        log.id = TimeOrderedIds.next(); // logs arrive by the million: their index grows at one end
        log.providerId = providerId;
        log.providerLogId = s.providerLogId();
        log.voucherId = s.voucherId();
        log.caregiverId = s.caregiverId();
        log.itemCode = s.itemCode();
        log.startTime = s.startTime();
        log.endTime = s.endTime();
        log.units = s.units();
        log.latitude = s.latitude();
        log.longitude = s.longitude();
        log.confirmation = s.confirmation();
        log.confirmationRef = s.confirmationRef();
        log.serviceDate = decision.serviceDate();
        log.period = decision.period().toString();
        decision.price().ifPresent(p -> {
            log.category = p.category();
            log.unitPriceFen = p.unitPriceFen();
            log.amountFen = p.amountFen();
        });
        log.submittedAt = at;
        log.submittedBy = by;
        return log;
    }

    public void markVoided(String reason, Instant at) {
        if (status != ServiceLogStatus.ACCEPTED) {
            throw new IllegalStateException("only an accepted log can be voided, " + id + " is " + status);
        }
        status = ServiceLogStatus.VOIDED;
        voidReason = reason;
        voidedAt = at;
    }

    /** Replaced by version {@code nextVersion}, whose debit replaces this one's. */
    public void markCorrected(int nextVersion, Instant at) {
        if (status != ServiceLogStatus.ACCEPTED) {
            throw new IllegalStateException("only an accepted log can be corrected, " + id + " is " + status);
        }
        status = ServiceLogStatus.CORRECTED;
        held = false;
        voidReason = "CORRECTED by version " + nextVersion;
        voidedAt = at;
    }

    /** Makes this (new) log the next version of {@code previous}. */
    public void succeed(ServiceLog previous, CorrectionReason reason, String note) {
        version = previous.version + 1;
        correctsLogId = previous.id;
        correctionReason = reason;
        correctionNote = note;
    }

    /** Its exceptions are resolved: payable from now on. */
    public void release() {
        if (status != ServiceLogStatus.ACCEPTED || !held) {
            throw new IllegalStateException("only a held accepted log can be released, " + id + " is " + status);
        }
        held = false;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String providerLogId() {
        return providerLogId;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public UUID elderId() {
        return elderId;
    }

    public UUID caregiverId() {
        return caregiverId;
    }

    public String personKey() {
        return personKey;
    }

    public String itemCode() {
        return itemCode;
    }

    public String category() {
        return category;
    }

    public String districtCode() {
        return districtCode;
    }

    public Instant startTime() {
        return startTime;
    }

    public Instant endTime() {
        return endTime;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public String period() {
        return period;
    }

    public int units() {
        return units;
    }

    /** @return null when logged without a location */
    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public Confirmation confirmation() {
        return confirmation;
    }

    public String confirmationRef() {
        return confirmationRef;
    }

    public boolean held() {
        return held;
    }

    public List<String> exceptionCodes() {
        return List.copyOf(CodeList.split(exceptionCodes));
    }

    public int version() {
        return version;
    }

    public UUID correctsLogId() {
        return correctsLogId;
    }

    public CorrectionReason correctionReason() {
        return correctionReason;
    }

    public String correctionNote() {
        return correctionNote;
    }

    public Long unitPriceFen() {
        return unitPriceFen;
    }

    public Long amountFen() {
        return amountFen;
    }

    public Long balanceAfterFen() {
        return balanceAfterFen;
    }

    public ServiceLogStatus status() {
        return status;
    }

    public List<String> reasons() {
        return List.copyOf(CodeList.split(reasons));
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public UUID submissionId() {
        return submissionId;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidReason() {
        return voidReason;
    }
}
