package org.homecare.voucher.service;

import java.util.UUID;

import org.homecare.voucher.domain.MaskedPhone;

/**
 * One text to an elder's phone.
 *
 * @param code the code the text carries, kept by the recording sender only (the gateway gets the text)
 */
public record OutgoingMessage(UUID voucherId, String to, String text, String code) {

    /** The phone masked and no text: a message that ends up in a log or an exception tells no one the number. */
    @Override
    public String toString() {
        return "OutgoingMessage[voucherId=" + voucherId + ", to=" + MaskedPhone.of(to) + "]";
    }
}
