package org.homecare.voucher.service;

/** The gateway refused a text, failed or did not answer in time; the message names neither phone nor text. */
public class MessageNotSentException extends RuntimeException {

    public MessageNotSentException(String message) {
        super(message);
    }

    public MessageNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
