package org.homecare.voucher.domain;

/** How the elder confirmed the service. */
public enum Confirmation {
    SIGNATURE, SMS_CODE, FACE
}
