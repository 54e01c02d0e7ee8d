package org.homecare.settlement.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.EarliestClose;

/**
 * 409 for a close asked before the month may be closed; the answer carries {@link #earliestCloseAt()} besides the
 * usual problem details, so a client can wait until then.
 */
public class TooEarlyToClose extends ApiProblem {

    private final Instant earliestCloseAt;

    private TooEarlyToClose(String code, String detail, Instant earliestCloseAt) {
        super(409, "Conflict", code, detail, List.of(), List.of());
        this.earliestCloseAt = earliestCloseAt;
    }

    static TooEarlyToClose of(EarliestClose.Refusal refusal, EarliestClose earliest, Instant now) {
        String from = "it may be closed from " + earliest.at() + " (" + earliest.localTime() + ")";
        String detail = switch (refusal) {
            case PERIOD_NOT_ENDED -> "period " + earliest.period() + " has not ended yet (business date "
                    + LocalDate.ofInstant(now, BusinessClock.ZONE) + "); " + from;
            case SUBMISSION_WINDOW_OPEN -> "the submission window of period " + earliest.period() + " ("
                    + earliest.windowDays() + " days into the next month) is still open at " + now + "; " + from;
        };
        return new TooEarlyToClose(refusal.name(), detail, earliest.at());
    }

    public Instant earliestCloseAt() {
        return earliestCloseAt;
    }
}
