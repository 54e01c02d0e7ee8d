package org.homecare.voucher.service;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.voucher.domain.MaskedPhone;
import org.homecare.voucher.domain.SentMessage;
import org.homecare.voucher.repository.SentMessageRepository;

/**
 * Sends nothing: keeps the text, its code and the masked recipient in sent_message, in the transaction that issued the
 * code, so a tester reads the code from GET /admin/messages. Dev, test and the local stack only ({@link MessageSenders}).
 */
@Singleton
@Typed(RecordingMessageSender.class)
@Transactional(Transactional.TxType.MANDATORY)
public class RecordingMessageSender implements MessageSender {

    private final SentMessageRepository messages;
    private final BusinessClock clock;

    public RecordingMessageSender(SentMessageRepository messages, BusinessClock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) {
        messages.persist(new SentMessage(message.voucherId(), MaskedPhone.of(message.to()), message.text(),
                message.code(), clock.instant()));
    }
}
