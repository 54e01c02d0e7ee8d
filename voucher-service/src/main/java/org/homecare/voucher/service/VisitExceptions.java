package org.homecare.voucher.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;
import org.homecare.voucher.domain.ResolutionReason;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.VisitException;
import org.homecare.voucher.domain.VisitExceptionCount;
import org.homecare.voucher.domain.VisitExceptionStatus;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VisitExceptionRepository;

/**
 * The visit-exception queue and its lifecycle (docs/domain.md, "Visit exceptions"): the provider resolves its own
 * within the month's submission window; city-admin accepts or rejects a resolution within it too (a rejection voids
 * the log); a log whose exceptions are none of them open any more is released, ServiceLogAccepted then making it
 * payable. What is still open when the window ends is voided by {@link MonthEnd}.
 */
@ApplicationScoped
@Transactional
public class VisitExceptions {

    public static final String UNRESOLVED = "EXCEPTION_UNRESOLVED";
    public static final String REJECTED = "EXCEPTION_REJECTED";

    private final VisitExceptionRepository exceptions;
    private final LogReversal reversal;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final VoucherSettings settings;
    private final ServiceLogRepository serviceLogs;

    public VisitExceptions(VisitExceptionRepository exceptions, LogReversal reversal, OutboxWriter outbox,
            AuditTrail audit, BusinessClock clock, VoucherSettings settings, ServiceLogRepository serviceLogs) {
        this.exceptions = exceptions;
        this.reversal = reversal;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.serviceLogs = serviceLogs;
    }

    /** @param provider the caller's provider: only its own; empty for city-admin and auditors (district scoped) */
    public Paged<VisitException> queue(Optional<UUID> provider, DistrictScope scope, Optional<String> district,
            Optional<VisitExceptionStatus> status, Optional<String> period, int page, int size) {
        var query = exceptions.search(provider, scope.narrowedTo(district), status, period).page(page, size);
        return new Paged<>(query.list(), page, size, query.count());
    }

    public VisitException get(Optional<UUID> provider, DistrictScope scope, UUID id) {
        return exceptions.findByIdOptional(id)
                .filter(e -> provider.map(p -> p.equals(e.providerId())).orElse(true))
                .filter(e -> scope.covers(e.districtCode()))
                .orElseThrow(() -> ApiProblem.notFound("visit exception", id));
    }

    public List<VisitException> ofLogs(List<UUID> logIds) {
        return exceptions.ofLogs(logIds);
    }

    public List<VisitExceptionCount> counts(String period, Optional<UUID> provider, DistrictScope scope,
            Optional<String> district) {
        return exceptions.counts(period, provider, scope.narrowedTo(district));
    }

    public VisitException resolve(UUID providerId, UUID id, ResolutionReason reason, String note, String actor) {
        VisitException exception = locked(id, Optional.of(providerId));
        requireWindowOpen(exception, "resolved");
        if (!exception.open()) {
            throw ApiProblem.conflict("NOT_OPEN", "visit exception " + id + " is " + exception.status()
                    + "; only an open exception can be resolved");
        }
        ServiceLog log = serviceLogs.findById(exception.serviceLogId());
        reversal.lock(log);
        Map<String, Object> before = view(exception);
        Instant now = clock.instant();
        exception.resolve(reason, note, actor, now);
        audit.record(actor, "VISIT_EXCEPTION_RESOLVED", "VisitException", id.toString(), before, view(exception));
        releaseIfClear(log, actor, now);
        return exception;
    }

    public VisitException decide(UUID id, boolean accepted, String note, String actor) {
        VisitException exception = locked(id, Optional.empty());
        requireWindowOpen(exception, "decided");
        if (exception.status() != VisitExceptionStatus.RESOLVED) {
            throw ApiProblem.conflict("NOT_RESOLVED", "visit exception " + id + " is " + exception.status()
                    + "; only a resolved exception can be accepted or rejected");
        }
        ServiceLog log = serviceLogs.findById(exception.serviceLogId());
        Voucher voucher = reversal.lock(log);
        Map<String, Object> before = view(exception);
        Instant now = clock.instant();
        exception.decide(accepted, note, actor, now);
        audit.record(actor, accepted ? "VISIT_EXCEPTION_ACCEPTED" : "VISIT_EXCEPTION_REJECTED", "VisitException",
                id.toString(), before, view(exception));
        if (!accepted) {
            reversal.voidLocked(voucher, log, REJECTED, actor, now);
        }
        return exception;
    }

    /**
     * Voids the next chunk of the period's logs that still have an open exception (its window has ended).
     *
     * @return how many logs it voided
     */
    public int voidUnresolvedChunk(YearMonth period, int size, String actor) {
        List<UUID> logIds = exceptions.logsWithOpen(period, size);
        Instant now = clock.instant();
        for (UUID logId : logIds) {
            reversal.voidLog(serviceLogs.findById(logId), UNRESOLVED, actor, now);
        }
        return logIds.size();
    }

    /** A held log none of whose exceptions is open any more becomes payable. */
    private void releaseIfClear(ServiceLog log, String actor, Instant now) {
        if (!log.held() || exceptions.lockOfLog(log.id()).stream().anyMatch(VisitException::open)) {
            return;
        }
        log.release();
        outbox.append(VoucherEventMapper.serviceLogAccepted(log, now));
        audit.record(actor, "SERVICE_LOG_RELEASED", "ServiceLog", log.id().toString(), Map.of("held", true),
                Map.of("held", false));
    }

    private VisitException locked(UUID id, Optional<UUID> provider) {
        return exceptions.lock(id).filter(e -> provider.map(p -> p.equals(e.providerId())).orElse(true))
                .orElseThrow(() -> ApiProblem.notFound("visit exception", id));
    }

    private void requireWindowOpen(VisitException exception, String what) {
        YearMonth period = YearMonth.parse(exception.period());
        if (!settings.window().isOpen(period, clock.instant())) {
            throw ApiProblem.conflict("SUBMISSION_WINDOW_ENDED", "the submission window of " + period + " ended at "
                    + settings.window().closesAt(period) + "; visit exception " + exception.id()
                    + " can no longer be " + what + " (the city corrects through adjustments)");
        }
    }

    private static Map<String, Object> view(VisitException e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("serviceLogId", e.serviceLogId());
        view.put("code", e.code());
        view.put("status", e.status());
        view.put("resolutionCode", String.valueOf(e.resolutionCode()));
        view.put("resolutionNote", String.valueOf(e.resolutionNote()));
        view.put("decisionNote", String.valueOf(e.decisionNote()));
        return view;
    }
}
