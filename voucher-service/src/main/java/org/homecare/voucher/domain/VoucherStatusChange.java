package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "voucher_status_change")
public class VoucherStatusChange {

    @Id
    private UUID id;

    @Column(name = "voucher_id", nullable = false)
    private UUID voucherId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoucherStatus status;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    private String reason;

    protected VoucherStatusChange() {
    }

    VoucherStatusChange(UUID voucherId, int seq, VoucherStatus status, LocalDate effectiveFrom, String reason) {
        this.id = UUID.randomUUID();
        this.voucherId = voucherId;
        this.seq = seq;
        this.status = status;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public int seq() {
        return seq;
    }

    public VoucherStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String reason() {
        return reason;
    }

    public StatusTimeline.Change<VoucherStatus> asChange() {
        return new StatusTimeline.Change<>(status, effectiveFrom, seq);
    }
}
