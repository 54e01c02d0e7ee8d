package org.homecare.crash;

import org.homecare.deploy.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what voucher-service and settlement-service hold, straight from their databases. */
final class Ledgers {

    /** An accepted log as a database holds it. */
    record StoredLog(UUID id, String providerLogId, long amountFen) {
    }

    private final String voucherUrl;
    private final String settlementUrl;

    Ledgers(String voucherJdbcUrl, String settlementJdbcUrl) {
        this.voucherUrl = voucherJdbcUrl;
        this.settlementUrl = settlementJdbcUrl;
    }

    /** Voucher ids by elder, for the elders that have one. */
    Map<UUID, UUID> vouchersByElder() {
        Map<UUID, UUID> vouchers = new HashMap<>();
        query(voucherUrl, "select elder_id, id from voucher where status = 'ACTIVE' and balance_fen > 0", rows -> {
            vouchers.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
        });
        return vouchers;
    }

    /** Every service_log row of the provider with its status, so a doubled or lost row shows. */
    List<StoredLog> voucherAcceptedLogs(UUID providerId) {
        List<StoredLog> logs = new ArrayList<>();
        query(voucherUrl, "select id, provider_log_id, amount_fen from service_log"
                + " where provider_id = '" + providerId + "' and status = 'ACCEPTED'", rows ->
                logs.add(new StoredLog(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3))));
        return logs;
    }

    long voucherLogsNotAccepted(UUID providerId) {
        return count(voucherUrl, "select count(*) from service_log where provider_id = '" + providerId
                + "' and status <> 'ACCEPTED'");
    }

    /** Debits by the service log they reference ({@code service-log <id>}), with their count. */
    Map<UUID, long[]> debitsByLog() {
        Map<UUID, long[]> debits = new HashMap<>();
        query(voucherUrl, "select substring(reference from 13)::uuid, count(*), sum(amount_fen) from ledger_entry"
                + " where type = 'DEBIT' and reference like 'service-log %' group by 1", rows ->
                debits.put(rows.getObject(1, UUID.class), new long[] {rows.getLong(2), rows.getLong(3)}));
        return debits;
    }

    /** Vouchers whose balance is not the sum of their ledger, or negative. */
    long vouchersOutOfBalance() {
        return count(voucherUrl, """
                select count(*) from voucher v
                left join (select voucher_id, sum(amount_fen) as total from ledger_entry group by voucher_id) l
                       on l.voucher_id = v.id
                where v.balance_fen <> coalesce(l.total, 0) or v.balance_fen < 0""");
    }

    long pendingOutboxRows() {
        return count(voucherUrl, "select count(*) from outbox_event");
    }

    /** The logs settlement-service counts for the provider (accepted and not voided). */
    List<StoredLog> settlementLogs(UUID providerId) {
        List<StoredLog> logs = new ArrayList<>();
        query(settlementUrl, "select id, provider_log_id, amount_fen from service_log"
                + " where provider_id = '" + providerId + "' and voided_at is null", rows ->
                logs.add(new StoredLog(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3))));
        return logs;
    }

    long settlementLogCount(UUID providerId) {
        return count(settlementUrl, "select count(*) from service_log where provider_id = '" + providerId + "'");
    }

    /** The running totals the close reads, summed: they must equal the logs. */
    long settlementRunningTotalFen(UUID providerId) {
        return count(settlementUrl, "select coalesce(sum(amount_fen), 0) from provider_item_total"
                + " where provider_id = '" + providerId + "'");
    }

    long voucherCaregivers(UUID providerId) {
        return count(voucherUrl, "select count(*) from caregiver where provider_id = '" + providerId + "'");
    }

    boolean settlementKnowsProvider(UUID providerId) {
        return count(settlementUrl, "select count(*) from provider_ref where id = '" + providerId + "'") == 1;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(String url, String sql, RowReader reader) {
        try (Connection db = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement statement = db.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    private static long count(String url, String sql) {
        long[] result = new long[1];
        query(url, sql, rows -> result[0] = rows.getLong(1));
        return result[0];
    }
}
