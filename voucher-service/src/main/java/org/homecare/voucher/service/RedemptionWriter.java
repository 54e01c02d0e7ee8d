package org.homecare.voucher.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.ids.TimeOrderedIds;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.SubmissionDecision;
import org.homecare.voucher.repository.RedemptionStore;
import org.homecare.voucher.repository.VisitCodeStore;

/**
 * Writes what a decided batch changes, in the transaction that read and locked its facts: a fixed number of
 * statements whatever the batch size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RedemptionWriter {

    private final RedemptionStore store;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final VisitCodeStore visitCodes;

    public RedemptionWriter(RedemptionStore store, OutboxWriter outbox, AuditTrail audit, VisitCodeStore visitCodes) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.visitCodes = visitCodes;
    }

    /**
     * Logs, debits and balances as one statement each (the vouchers are still locked), then the events as one JDBC
     * batch and the request's audit record.
     */
    public void write(UUID providerId, String actor, Instant now, SubmissionDecision decision,
            List<DomainEvent> events) {
        List<ServiceLog> newLogs = decision.newLogs();
        UUID submissionId = TimeOrderedIds.next();
        store.insertLogs(providerId, submissionId, now, actor, newLogs);
        store.insertEntries(decision.debits());
        store.updateBalances(decision.debited());
        store.insertExceptions(decision.exceptions());
        visitCodes.markUsed(decision.codeUses());
        outbox.appendAll(events);
        // one audit record per request, listing each log it stored; a log's submission_id leads to it
        if (!newLogs.isEmpty()) {
            audit.record(actor, "SERVICE_LOGS_SUBMITTED", "ServiceLogSubmission", submissionId.toString(), null,
                    Map.of("providerId", providerId,
                            "logs", newLogs.stream().map(RedemptionWriter::summaryOf).toList()));
        }
    }

    /** A log as the audit trail records it. */
    static Map<String, Object> summaryOf(ServiceLog log) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", log.id());
        summary.put("providerLogId", log.providerLogId());
        summary.put("voucherId", Objects.toString(log.voucherId(), null));
        summary.put("status", log.status());
        summary.put("amountFen", log.amountFen());
        summary.put("reasons", log.reasons());
        summary.put("exceptions", log.exceptionCodes());
        summary.put("version", log.version());
        return summary;
    }
}
