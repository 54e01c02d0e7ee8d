package org.homecare.voucher.domain;

/** A text that is no card number; its message completes "voucherNumber ..." for the client. */
public class MalformedCardNumberException extends IllegalArgumentException {

    public MalformedCardNumberException(String message) {
        super(message);
    }
}
