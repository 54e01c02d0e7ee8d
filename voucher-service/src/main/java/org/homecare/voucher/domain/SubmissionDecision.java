package org.homecare.voucher.domain;

import java.util.Collection;
import java.util.List;

/**
 * How a batch of logs was decided: an answer per submitted log (in order), and what the batch changes: its new logs
 * (accepted and rejected, in order), the debits of the accepted ones and the vouchers they debited, the visit
 * exceptions of the held ones and the visit codes their logs used up.
 */
public record SubmissionDecision(List<Answer> answers, List<ServiceLog> newLogs, List<LedgerEntry> debits,
        Collection<Voucher> debited, List<VisitException> exceptions, List<VisitCode.Use> codeUses) {

    /** A log and whether it was stored by an earlier submission (then nothing changed now). */
    public record Answer(ServiceLog log, boolean replay) {
    }
}
