package org.homecare.settlement.repository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.homecare.settlement.domain.RejectedLog;
import org.homecare.settlement.domain.ServiceLog;
import org.postgresql.PGConnection;

/**
 * Set-based writes for one batch of log events: each is a single statement over arrays ({@code unnest}), on the
 * transaction's own connection, so a batch costs a handful of round trips however many events it holds.
 */
@ApplicationScoped
public class BulkLedgerWrites {

    /** A change to one running total: (provider, period, item) and the figures to add (negative to subtract). */
    public record TotalDelta(UUID providerId, String period, String itemCode, long logCount, long units,
            long amountFen) {
    }

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
        CopyBinary rows = new CopyBinary(logs.size() * 360);
        for (ServiceLog l : logs) {
            rows.row(22).uuid(l.id()).text(l.providerLogId()).uuid(l.providerId()).uuid(l.elderId())
                    .uuid(l.voucherId()).uuid(l.caregiverId()).text(l.itemCode()).text(l.category())
                    .text(l.districtCode()).int4(l.units()).int8(l.unitPriceFen()).int8(l.amountFen())
                    .date(l.serviceDate()).timestamptz(l.startTime()).timestamptz(l.endTime()).text(l.period())
                    .timestamptz(l.acceptedAt()).timestamptz(l.voidedAt()).text(l.voidReason())
                    .text(l.settledAs() == null ? null : l.settledAs().name()).uuid(l.acceptEventId())
                    .uuid(l.voidEventId());
        }
        byte[] copy = rows.bytes();
        work(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy service_log (id, provider_log_id, provider_id, elder_id, voucher_id, caregiver_id,
                            item_code, category, district_code, units, unit_price_fen, amount_fen, service_date,
                            start_time, end_time, period, accepted_at, voided_at, void_reason, settled_as,
                            accept_event_id, void_event_id)
                        from stdin with (format binary)""", new ByteArrayInputStream(copy));
            } catch (IOException e) {
                throw new SQLException("COPY of " + logs.size() + " service logs failed", e);
            }
            return null;
        });
    }

    /** Adds every delta to its running total in one upsert; the deltas must have distinct keys. */
    public void addToTotals(List<TotalDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into provider_item_total (id, provider_id, period, item_code, log_count, units, amount_fen)
                    select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int8[], ?::int8[], ?::int8[])
                    on conflict (provider_id, period, item_code) do update set
                        log_count = provider_item_total.log_count + excluded.log_count,
                        units = provider_item_total.units + excluded.units,
                        amount_fen = provider_item_total.amount_fen + excluded.amount_fen""")) {
                upsert.setArray(1, array(connection, deltas, d -> UUID.randomUUID()));
                upsert.setArray(2, array(connection, deltas, TotalDelta::providerId));
                upsert.setArray(3, array(connection, deltas, TotalDelta::period));
                upsert.setArray(4, array(connection, deltas, TotalDelta::itemCode));
                upsert.setArray(5, array(connection, deltas, TotalDelta::logCount));
                upsert.setArray(6, array(connection, deltas, TotalDelta::units));
                upsert.setArray(7, array(connection, deltas, TotalDelta::amountFen));
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
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into rejected_log (id, provider_log_id, provider_id, elder_id, caregiver_id, item_code,
                        district_code, reasons, service_date, period, rejected_at, event_id)
                    select id, provider_log_id, provider_id, elder_id, caregiver_id, item_code, district_code,
                        reasons, service_date::date, period, rejected_at::timestamptz, event_id
                    from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[])
                    as t(id, provider_log_id, provider_id, elder_id, caregiver_id, item_code, district_code, reasons,
                        service_date, period, rejected_at, event_id)
                    on conflict (id) do nothing""")) {
                int p = 1;
                insert.setArray(p++, array(connection, rejected, RejectedLog::id));
                insert.setArray(p++, array(connection, rejected, RejectedLog::providerLogId));
                insert.setArray(p++, array(connection, rejected, RejectedLog::providerId));
                insert.setArray(p++, array(connection, rejected, RejectedLog::elderId));
                insert.setArray(p++, array(connection, rejected, RejectedLog::caregiverId));
                insert.setArray(p++, array(connection, rejected, RejectedLog::itemCode));
                insert.setArray(p++, array(connection, rejected, RejectedLog::districtCode));
                insert.setArray(p++, array(connection, rejected, RejectedLog::reasons));
                insert.setArray(p++, array(connection, rejected, r -> r.serviceDate()));
                insert.setArray(p++, array(connection, rejected, RejectedLog::period));
                insert.setArray(p++, array(connection, rejected, r -> r.rejectedAt()));
                insert.setArray(p++, array(connection, rejected, RejectedLog::eventId));
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

    /**
     * One column as a text array: ids, numbers, dates, instants (ISO 8601, UTC) and enums travel as text and the
     * statement casts each array to its column's type, which keeps the binding independent of driver type mappings.
     */
    private static <T> Array array(Connection connection, List<T> rows, Function<T, Object> column)
            throws SQLException {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Objects.toString(column.apply(rows.get(i)), null);
        }
        return connection.createArrayOf("text", values);
    }
}
