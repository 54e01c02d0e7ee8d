package org.homecare.voucher.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.voucher.domain.SentMessage;
import org.homecare.voucher.repository.SentMessageRepository;

/** What the recording sender kept, for city-admin where {@code homecare.voucher.messages.readable} is on. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SentMessages {

    private final SentMessageRepository messages;
    private final VoucherSettings settings;

    public SentMessages(SentMessageRepository messages, VoucherSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public boolean readable() {
        return settings.messages().readable();
    }

    /** Newest first. */
    public List<SentMessage> ofVoucher(UUID voucherId) {
        return messages.ofVoucher(voucherId);
    }
}
