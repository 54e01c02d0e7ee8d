package org.homecare.eligibility.domain;

import java.util.List;
import java.util.Objects;

/**
 * What other services act on: eligible or not, for how much, on what, where (district and home cell). Events publish
 * changes of it.
 */
public record Outcome(boolean eligible, long monthlyAmountFen, List<ServiceCategory> categories, String districtCode,
        String homeCell) {

    public enum Change {
        GRANTED, CHANGED, REVOKED, UNCHANGED
    }

    public static final Outcome NONE = new Outcome(false, 0, List.of(), null, null);

    /** @param previous the elder's current outcome, {@link #NONE} for a first decision */
    public Change comparedTo(Outcome previous) {
        if (eligible && !previous.eligible) {
            return Change.GRANTED;
        }
        if (!eligible && previous.eligible) {
            return Change.REVOKED;
        }
        if (eligible && (monthlyAmountFen != previous.monthlyAmountFen || !categories.equals(previous.categories)
                || !Objects.equals(districtCode, previous.districtCode)
                || !Objects.equals(homeCell, previous.homeCell))) {
            // the district travels in the event because vouchers are only redeemable with providers serving it, the
            // home cell because voucher-service checks that visits are logged near the home
            return Change.CHANGED;
        }
        return Change.UNCHANGED;
    }
}
