package org.homecare.settlement.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.homecare.settlement.domain.CreditTransfer;
import org.homecare.settlement.domain.CreditTransferBatch;

/**
 * The MsgId of a pain.001 payment order: {@code HCV-<period>-<20 hex digits>}, 32 characters from the SWIFT character
 * set. The digits are a SHA-256 of the period and every statement id with its amount (in statement id order), so the
 * same statements and amounts always give the same MsgId and the bank can refuse a payment order sent twice; a changed
 * amount, statement or period gives another. Creation time, debtor and creditor details do not count.
 */
public final class Pain001MessageId {

    private static final int HASH_HEX_DIGITS = 20;

    private Pain001MessageId() {
    }

    public static String of(CreditTransferBatch batch) {
        StringBuilder content = new StringBuilder("pain.001 homecare v1\n").append(batch.period()).append('\n');
        for (CreditTransfer t : batch.transfers()) {
            content.append(t.statementId()).append(' ').append(t.amountFen()).append('\n');
        }
        byte[] digest = sha256(content.toString().getBytes(StandardCharsets.UTF_8));
        return "HCV-" + batch.period() + "-"
                + HexFormat.of().withUpperCase().formatHex(digest, 0, HASH_HEX_DIGITS / 2);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
