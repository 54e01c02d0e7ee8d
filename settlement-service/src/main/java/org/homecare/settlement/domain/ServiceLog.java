package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Settlement's copy of one service log: ids, item, district and money only. Holds the rules for how an accept or a
 * void, in whatever order and however late they arrive, changes what is owed to the provider.
 */
@Entity
@Table(name = "service_log")
public class ServiceLog {

    /** Where the log's amount is settled. */
    public enum SettledAs {
        /** In its own period's running totals, so in that period's statement. */
        PERIOD,
        /** Accepted after its period closed: as an adjustment in a later statement. */
        ADJUSTMENT,
        /** Voided before any accept was seen (a held log voided never has one): never owed. */
        NONE
    }

    /** What settlement must do with the money after an accept or a void. */
    public enum Effect {
        ADD_TO_PERIOD_TOTALS, SUBTRACT_FROM_PERIOD_TOTALS, ADJUST_NEXT_OPEN_PERIOD, NOTHING
    }

    public record Accepted(UUID id, String providerLogId, UUID providerId, UUID elderId, UUID voucherId,
            UUID caregiverId, String itemCode, String category, String districtCode, int units, long unitPriceFen,
            long amountFen, LocalDate serviceDate, Instant startTime, Instant endTime, String period,
            Instant acceptedAt) {
    }

    public record Voided(UUID id, String providerLogId, UUID providerId, UUID elderId, UUID voucherId,
            String itemCode, long amountFen, String period, String reason, Instant voidedAt) {
    }

    @Id
    private UUID id;
    @Column(name = "provider_log_id")
    private String providerLogId;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    @Column(name = "elder_id")
    private UUID elderId;
    @Column(name = "voucher_id")
    private UUID voucherId;
    @Column(name = "caregiver_id")
    private UUID caregiverId;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    private String category;
    @Column(name = "district_code")
    private String districtCode;
    @Column(nullable = false)
    private int units;
    @Column(name = "unit_price_fen", nullable = false)
    private long unitPriceFen;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "service_date")
    private LocalDate serviceDate;
    @Column(name = "start_time")
    private Instant startTime;
    @Column(name = "end_time")
    private Instant endTime;
    @Column(nullable = false)
    private String period;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "void_reason")
    private String voidReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "settled_as")
    private SettledAs settledAs;
    /** The events that changed the log, recorded with their change: how a redelivery is known (no inbox row). */
    @Column(name = "accept_event_id")
    private UUID acceptEventId;
    @Column(name = "void_event_id")
    private UUID voidEventId;

    protected ServiceLog() {
    }

    public static ServiceLog fromVoid(Voided v) {
        ServiceLog log = new ServiceLog();
        log.id = v.id();
        log.providerLogId = v.providerLogId();
        log.providerId = v.providerId();
        log.elderId = v.elderId();
        log.voucherId = v.voucherId();
        log.itemCode = v.itemCode();
        log.amountFen = v.amountFen();
        log.period = v.period();
        return log;
    }

    /** A log first seen through its accept; {@link #accept} fills it in. */
    public static ServiceLog withId(UUID id) {
        ServiceLog log = new ServiceLog();
        log.id = id;
        return log;
    }

    /**
     * Applies an accept. A repeated accept changes nothing; an accept after its void is recorded but never owed.
     *
     * @param eventId the event that brings it, recorded with the change
     * @param periodOpen whether the log's own period is still open (its lock held by the caller)
     */
    public Effect accept(UUID eventId, Accepted a, boolean periodOpen) {
        if (acceptedAt != null) {
            return Effect.NOTHING;
        }
        acceptEventId = eventId;
        providerLogId = a.providerLogId();
        providerId = a.providerId();
        elderId = a.elderId();
        voucherId = a.voucherId();
        caregiverId = a.caregiverId();
        itemCode = a.itemCode();
        category = a.category();
        districtCode = a.districtCode();
        units = a.units();
        unitPriceFen = a.unitPriceFen();
        amountFen = a.amountFen();
        serviceDate = a.serviceDate();
        startTime = a.startTime();
        endTime = a.endTime();
        period = a.period();
        acceptedAt = a.acceptedAt();
        if (voidedAt != null) {
            settledAs = SettledAs.NONE;
            return Effect.NOTHING;
        }
        settledAs = periodOpen ? SettledAs.PERIOD : SettledAs.ADJUSTMENT;
        return periodOpen ? Effect.ADD_TO_PERIOD_TOTALS : Effect.ADJUST_NEXT_OPEN_PERIOD;
    }

    /**
     * Applies a void. A repeated void changes nothing; a void before any accept records the log as never owed, so an
     * accept, should one come, is not counted.
     *
     * @param eventId the event that brings it, recorded with the change
     */
    public Effect voidIt(UUID eventId, Voided v, boolean periodOpen) {
        if (voidedAt != null) {
            return Effect.NOTHING;
        }
        voidEventId = eventId;
        voidedAt = v.voidedAt();
        voidReason = v.reason();
        if (acceptedAt == null) {
            settledAs = SettledAs.NONE;
            return Effect.NOTHING;
        }
        if (settledAs == SettledAs.PERIOD && periodOpen) {
            return Effect.SUBTRACT_FROM_PERIOD_TOTALS;
        }
        return settledAs == SettledAs.NONE ? Effect.NOTHING : Effect.ADJUST_NEXT_OPEN_PERIOD;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String providerLogId() {
        return providerLogId;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID elderId() {
        return elderId;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public UUID caregiverId() {
        return caregiverId;
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

    public int units() {
        return units;
    }

    public long unitPriceFen() {
        return unitPriceFen;
    }

    public long amountFen() {
        return amountFen;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public Instant startTime() {
        return startTime;
    }

    public Instant endTime() {
        return endTime;
    }

    public String period() {
        return period;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidReason() {
        return voidReason;
    }

    public SettledAs settledAs() {
        return settledAs;
    }

    public UUID acceptEventId() {
        return acceptEventId;
    }

    public UUID voidEventId() {
        return voidEventId;
    }
}
