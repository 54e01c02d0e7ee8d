package org.homecare.settlement.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.settlement.domain.RejectedLog;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.repository.BulkLedgerWrites;
import org.homecare.settlement.repository.BulkLedgerWrites.TotalDelta;
import org.homecare.settlement.repository.ServiceLogRepository;
import org.homecare.settlement.repository.SettlementPeriodRepository;

/**
 * Applies a whole batch of log events in one transaction, set-based: the logs the batch touches are read and
 * row-locked in one query, the events are applied in delivery order in memory by the same rules as one at a time
 * ({@link ServiceLog#accept}, {@link ServiceLog#voidIt}), and the results are written with one insert of new logs and
 * one upsert per running total. Every period the batch touches is share-locked before its state is read and stays
 * locked until the batch commits, so a close either sees the whole batch in its totals or the batch sees the period
 * closed and records its logs as adjustments: never neither, never both.
 * <p>
 * Redeliveries need no inbox here: each event's id is recorded on the row it changes, and a log's accept and void each
 * change it once (a rejection is kept once per log), so an event seen before finds its change made.
 */
@ApplicationScoped
@Transactional
public class LogBatchLedger {

    private record TotalKey(UUID providerId, String period, String itemCode) {
    }

    private static final Comparator<TotalKey> KEY_ORDER = Comparator.comparing(TotalKey::providerId)
            .thenComparing(TotalKey::period).thenComparing(TotalKey::itemCode);

    private final BulkLedgerWrites bulk;
    private final ServiceLogRepository logs;
    private final SettlementPeriodRepository periods;
    private final LateLogAdjustments lateAdjustments;

    public LogBatchLedger(BulkLedgerWrites bulk, ServiceLogRepository logs,
            SettlementPeriodRepository periods, LateLogAdjustments lateAdjustments) {
        this.bulk = bulk;
        this.logs = logs;
        this.periods = periods;
        this.lateAdjustments = lateAdjustments;
    }

    public void apply(List<LedgerEvent> batch) {
        // an event delivered twice within the batch counts once, at its first position
        Map<UUID, LedgerEvent> byEventId = new LinkedHashMap<>();
        batch.forEach(e -> byEventId.putIfAbsent(e.eventId(), e));
        if (byEventId.isEmpty()) {
            return;
        }
        Collection<LedgerEvent> distinct = byEventId.values();

        Map<UUID, RejectedLog> rejected = new LinkedHashMap<>();
        Set<UUID> logIds = new TreeSet<>();
        Set<String> touchedPeriods = new TreeSet<>();
        for (LedgerEvent event : distinct) {
            if (event instanceof LedgerEvent.Rejected r) {
                rejected.putIfAbsent(r.serviceLogId(), rejectedLog(r.eventId(), r.data()));
            } else if (event instanceof LedgerEvent.Accepted a) {
                logIds.add(a.serviceLogId());
                touchedPeriods.add(a.data().period());
            } else if (event instanceof LedgerEvent.Voided v) {
                logIds.add(v.serviceLogId());
                touchedPeriods.add(v.data().period());
            }
        }
        bulk.insertRejections(new ArrayList<>(rejected.values()));
        if (logIds.isEmpty()) {
            return;
        }

        Map<UUID, ServiceLog> known = new HashMap<>();
        for (ServiceLog log : logs.lockExisting(logIds)) {
            known.put(log.id(), log);
            touchedPeriods.add(log.period());
        }
        // in a fixed order, like every other taker of several period locks
        Map<String, Boolean> open = new HashMap<>();
        for (String period : touchedPeriods) {
            open.put(period, periods.lockOpenState(period));
        }

        Map<UUID, ServiceLog> created = new LinkedHashMap<>();
        Map<TotalKey, long[]> deltas = new TreeMap<>(KEY_ORDER);
        for (LedgerEvent event : distinct) {
            if (event instanceof LedgerEvent.Accepted a) {
                ServiceLog log = known.get(a.serviceLogId());
                if (log == null) {
                    log = created.computeIfAbsent(a.serviceLogId(), ServiceLog::withId);
                }
                ServiceLog.Effect effect = log.accept(a.eventId(), accepted(a.data()),
                        open.computeIfAbsent(a.data().period(), periods::lockOpenState));
                apply(effect, log, +1, deltas);
            } else if (event instanceof LedgerEvent.Voided v) {
                ServiceLog.Voided voided = voided(v.data());
                ServiceLog log = known.get(v.serviceLogId());
                if (log == null) {
                    // the void overtook its accept: kept so the accept, when it comes, is recorded as never owed
                    log = created.computeIfAbsent(v.serviceLogId(), id -> ServiceLog.fromVoid(voided));
                }
                ServiceLog.Effect effect = log.voidIt(v.eventId(), voided,
                        open.computeIfAbsent(log.period(), periods::lockOpenState));
                apply(effect, log, -1, deltas);
            }
        }
        // logs already in the copy are managed entities: their changes are flushed at commit
        bulk.insertLogs(new ArrayList<>(created.values()));
        List<TotalDelta> changes = new ArrayList<>();
        deltas.forEach((key, d) -> {
            if (d[0] != 0 || d[1] != 0 || d[2] != 0) {
                changes.add(new TotalDelta(key.providerId(), key.period(), key.itemCode(), d[0], d[1], d[2]));
            }
        });
        bulk.addToTotals(changes);
    }

    private void apply(ServiceLog.Effect effect, ServiceLog log, int sign, Map<TotalKey, long[]> deltas) {
        switch (effect) {
            case ADD_TO_PERIOD_TOTALS, SUBTRACT_FROM_PERIOD_TOTALS -> {
                long[] d = deltas.computeIfAbsent(new TotalKey(log.providerId(), log.period(), log.itemCode()),
                        k -> new long[3]);
                d[0] += sign;
                d[1] += (long) sign * log.units();
                d[2] += sign * log.amountFen();
            }
            case ADJUST_NEXT_OPEN_PERIOD -> lateAdjustments.record(log, sign);
            case NOTHING -> {
            }
        }
    }

    static ServiceLog.Accepted accepted(ServiceLogAccepted e) {
        return new ServiceLog.Accepted(e.serviceLogId(), e.providerLogId(), e.providerId(), e.elderId(),
                e.voucherId(), e.caregiverId(), e.itemCode(), e.category(), e.districtCode(), e.units(),
                e.unitPriceFen(), e.amountFen(), e.serviceDate(), e.startTime(), e.endTime(), e.period(),
                e.acceptedAt());
    }

    static ServiceLog.Voided voided(ServiceLogVoided e) {
        return new ServiceLog.Voided(e.serviceLogId(), e.providerLogId(), e.providerId(), e.elderId(),
                e.voucherId(), e.itemCode(), e.amountFen(), e.period(), e.reason(), e.voidedAt());
    }

    static RejectedLog rejectedLog(UUID eventId, ServiceLogRejected e) {
        return new RejectedLog(eventId, e.serviceLogId(), e.providerLogId(), e.providerId(), e.elderId(),
                e.caregiverId(), e.itemCode(), e.districtCode(), e.reasons(), e.serviceDate(), e.period(),
                e.rejectedAt());
    }
}
