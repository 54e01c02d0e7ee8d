package org.homecare.settlement.domain;

import java.util.Optional;

/** Whether an approved statement can be paid to the payee it was approved with. */
public enum PayeeStatus {
    /** the account fixed at approval is the one in force: payable */
    OK,
    /** the provider had no account when the statement was approved and has none now */
    MISSING,
    /** the account in force is not the one the city approved the payment to: city-admin must approve again */
    PAYEE_CHANGED_SINCE_APPROVAL;

    public static PayeeStatus of(Payee approved, Optional<Payee> inForce) {
        if (approved == null) {
            return inForce.isPresent() ? PAYEE_CHANGED_SINCE_APPROVAL : MISSING;
        }
        return inForce.filter(approved::equals).isPresent() ? OK : PAYEE_CHANGED_SINCE_APPROVAL;
    }
}
