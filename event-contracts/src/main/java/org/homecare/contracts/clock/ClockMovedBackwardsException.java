package org.homecare.contracts.clock;

import java.time.Instant;

public class ClockMovedBackwardsException extends RuntimeException {
    public ClockMovedBackwardsException(Instant now, Instant requested) {
        super("the business clock only moves forward: it is " + now + ", " + requested + " is earlier");
    }
}
