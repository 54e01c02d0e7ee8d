package org.homecare.contracts.events;

/** Kafka topic names; each topic is written by exactly one service. */
public final class Topics {
    public static final String ELIGIBILITY = "eligibility.v1";
    public static final String PROVIDER = "provider.v1";
    public static final String VOUCHER = "voucher.v1";
    public static final String SETTLEMENT = "settlement.v1";

    /** Where a consumer puts an event it cannot process, with the reason in the headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
