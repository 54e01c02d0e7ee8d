package org.homecare.settlement.repository;

import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.PgType.DATE;
import static org.homecare.contracts.bulk.PgType.INT4;
import static org.homecare.contracts.bulk.PgType.INT8;
import static org.homecare.contracts.bulk.PgType.TEXT;
import static org.homecare.contracts.bulk.PgType.TIMESTAMPTZ;
import static org.homecare.contracts.bulk.PgType.UUID;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.homecare.contracts.bulk.Columns;
import org.homecare.settlement.domain.RejectedLog;
import org.homecare.settlement.domain.ServiceLog;

/**
 * Set-based writes for one batch of log events: each is a single statement over arrays ({@code unnest}) or one
 * binary COPY, on the transaction's own connection, so a batch costs a handful of round trips however many events it
 * holds.
 */
@ApplicationScoped
public class BulkLedgerWrites {

    /** A change to one running total: (provider, period, item) and the figures to add (negative to subtract). */
    public record TotalDelta(java.util.UUID providerId, String period, String itemCode, long logCount, long units,
            long amountFen) {
    }

    /** The log copy, in the table's column order. */
    private static final Columns<ServiceLog> LOGS = Columns.of(
            column("id", UUID, ServiceLog::id),
            column("provider_log_id", TEXT, ServiceLog::providerLogId),
            column("provider_id", UUID, ServiceLog::providerId),
            column("elder_id", UUID, ServiceLog::elderId),
            column("voucher_id", UUID, ServiceLog::voucherId),
            column("caregiver_id", UUID, ServiceLog::caregiverId),
            column("item_code", TEXT, ServiceLog::itemCode),
            column("category", TEXT, ServiceLog::category),
            column("district_code", TEXT, ServiceLog::districtCode),
            column("units", INT4, ServiceLog::units),
            column("unit_price_fen", INT8, ServiceLog::unitPriceFen),
            column("amount_fen", INT8, ServiceLog::amountFen),
            column("service_date", DATE, ServiceLog::serviceDate),
            column("start_time", TIMESTAMPTZ, ServiceLog::startTime),
            column("end_time", TIMESTAMPTZ, ServiceLog::endTime),
            column("period", TEXT, ServiceLog::period),
            column("accepted_at", TIMESTAMPTZ, ServiceLog::acceptedAt),
            column("voided_at", TIMESTAMPTZ, ServiceLog::voidedAt),
            column("void_reason", TEXT, ServiceLog::voidReason),
            column("settled_as", TEXT, ServiceLog::settledAs),
            column("accept_event_id", UUID, ServiceLog::acceptEventId),
            column("void_event_id", UUID, ServiceLog::voidEventId));

    private static final Columns<TotalDelta> TOTALS = Columns.of(
            column("id", UUID, d -> java.util.UUID.randomUUID()),
            column("provider_id", UUID, TotalDelta::providerId),
            column("period", TEXT, TotalDelta::period),
            column("item_code", TEXT, TotalDelta::itemCode),
            column("log_count", INT8, TotalDelta::logCount),
            column("units", INT8, TotalDelta::units),
            column("amount_fen", INT8, TotalDelta::amountFen));

    private static final Columns<RejectedLog> REJECTIONS = Columns.of(
            column("id", UUID, RejectedLog::id),
            column("provider_log_id", TEXT, RejectedLog::providerLogId),
            column("provider_id", UUID, RejectedLog::providerId),
            column("elder_id", UUID, RejectedLog::elderId),
            column("caregiver_id", UUID, RejectedLog::caregiverId),
            column("item_code", TEXT, RejectedLog::itemCode),
            column("district_code", TEXT, RejectedLog::districtCode),
            column("reasons", TEXT, RejectedLog::reasons),
            column("service_date", DATE, RejectedLog::serviceDate),
            column("period", TEXT, RejectedLog::period),
            column("rejected_at", TIMESTAMPTZ, RejectedLog::rejectedAt),
            column("event_id", UUID, RejectedLog::eventId));

    private static final String UPSERT_TOTALS = TOTALS.insertFromUnnest("provider_item_total")
            + " on conflict (provider_id, period, item_code) do update set"
            + " log_count = provider_item_total.log_count + excluded.log_count,"
            + " units = provider_item_total.units + excluded.units,"
            + " amount_fen = provider_item_total.amount_fen + excluded.amount_fen";

    private static final String INSERT_REJECTIONS = REJECTIONS.insertFromUnnest("rejected_log")
            + " on conflict (id) do nothing";

    private final EntityManager em;

    public BulkLedgerWrites(EntityManager em) {
        this.em = em;
    }

    /**
     * Inserts logs not yet in the copy with one binary COPY: for the busiest write of the consumer it costs the
     * database a fraction of an INSERT over twenty arrays, and no parsing of text. An id already there fails the batch
     * (it was not locked with the others), which is then applied event by event.
     */
    public void insertLogs(List<ServiceLog> logs) {
        if (logs.isEmpty()) {
            return;
        }
        work(connection -> {
            LOGS.copyBinaryIn(connection, "service_log", logs, 360);
            return null;
        });
    }

    /** Adds every delta to its running total in one upsert; the deltas must have distinct keys. */
    public void addToTotals(List<TotalDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_TOTALS)) {
                TOTALS.bindArrays(connection, upsert, 1, deltas);
                upsert.executeUpdate();
                return null;
            }
        });
    }

    /** Keeps each rejected log once: a log already kept (an earlier rejection event) is left as it is. */
    public void insertRejections(List<RejectedLog> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_REJECTIONS)) {
                REJECTIONS.bindArrays(connection, insert, 1, rejected);
                insert.executeUpdate();
                return null;
            }
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
