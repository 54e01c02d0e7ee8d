package org.homecare.voucher.service;

/**
 * Texts an elder. Which implementation runs is configuration ({@code homecare.voucher.messages.sender}, see
 * {@link MessageSenders}): the gateway in prod, a record in sent_message elsewhere.
 */
public interface MessageSender {

    /** @throws MessageNotSentException when the text did not reach the gateway: nothing may rely on it */
    void send(OutgoingMessage message);
}
