package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A text the recording sender kept instead of sending (dev, test, local stack): what the elder would have read, so a
 * tester can type the code. The recipient only masked; prod sends through the gateway and keeps none of these.
 */
@Entity
@Table(name = "sent_message")
public class SentMessage {

    @Id
    private UUID id;

    @Column(name = "voucher_id")
    private UUID voucherId;

    @Column(name = "recipient_masked")
    private String recipientMasked;

    @Column
    private String text;

    @Column
    private String code;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected SentMessage() {
    }

    public SentMessage(UUID voucherId, String recipientMasked, String text, String code, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.voucherId = voucherId;
        this.recipientMasked = recipientMasked;
        this.text = text;
        this.code = code;
        this.sentAt = sentAt;
    }

    public UUID id() {
        return id;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public String recipientMasked() {
        return recipientMasked;
    }

    public String text() {
        return text;
    }

    public String code() {
        return code;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
