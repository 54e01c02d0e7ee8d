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

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confirmation confirmation;

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
            String itemCode, Instant startTime, Instant endTime, int units, double latitude, double longitude,
            Confirmation confirmation) {

        public Submitted forVoucher(UUID id) {
            return new Submitted(providerLogId, id, voucherNumber, caregiverId, itemCode, startTime, endTime, units,
                    latitude, longitude, confirmation);
        }
    }

    public static ServiceLog accepted(UUID providerId, Submitted s, Voucher voucher, Caregiver caregiver,
            RedemptionDecision decision, long balanceAfterFen, Instant at, String by) {
        ServiceLog log = base(providerId, s, decision, at, by);
        log.status = ServiceLogStatus.ACCEPTED;
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

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public Confirmation confirmation() {
        return confirmation;
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
