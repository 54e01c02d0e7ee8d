package org.homecare.settlement.domain;

/** Why the bank returned a transfer: ISO 20022 ExternalReturnReason1Code, the codes Chinese banks answer with. */
public enum ReturnReason {
    AC01("incorrect account number"),
    AC04("closed account number"),
    AC06("blocked account"),
    AM04("insufficient funds"),
    MS03("reason not specified");

    private final String meaning;

    ReturnReason(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
