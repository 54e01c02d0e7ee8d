package org.homecare.voucher.repository;

import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.PgType.DATE;
import static org.homecare.contracts.bulk.PgType.FLOAT8;
import static org.homecare.contracts.bulk.PgType.INT4;
import static org.homecare.contracts.bulk.PgType.INT8;
import static org.homecare.contracts.bulk.PgType.TEXT;
import static org.homecare.contracts.bulk.PgType.TIMESTAMPTZ;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.homecare.contracts.bulk.Columns;
import org.homecare.contracts.bulk.PgType;
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.VisitException;
import org.homecare.voucher.domain.CodeList;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogValidator;
import org.homecare.voucher.domain.ServiceSlot;
import org.homecare.voucher.domain.StatusTimeline;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;

/**
 * The reads and writes of a service-log batch whose size grows with the batch, as plain JDBC statements with array
 * parameters: one statement each per batch, whatever its size, and none of the entity bookkeeping (snapshots, dirty
 * checks, per-row insert actions) that hundreds of rows per batch would cost through the entity manager. The rows it
 * returns are plain objects, not managed: what the batch changes is written back by the write methods here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RedemptionStore {

    /** Ids for {@code id = any(?::uuid[])}. */
    private static final Columns<UUID> IDS = Columns.of(column("id", PgType.UUID, id -> id));
    /** Text keys for {@code key = any(?::text[])}. */
    private static final Columns<String> KEYS = Columns.of(column("key", TEXT, key -> key));

    private static final Columns<ServiceKey> SERVICE_KEYS = Columns.of(
            column("elder_id", PgType.UUID, ServiceKey::elderId),
            column("item_code", TEXT, ServiceKey::itemCode),
            column("start_time", TIMESTAMPTZ, ServiceKey::startTime));

    private static final String ACCEPTED_WITH_KEYS = "select s.elder_id, s.person_key, s.item_code, s.start_time,"
            + " s.end_time from " + SERVICE_KEYS.unnestAs("k") + " join service_log s on s.elder_id = k.elder_id"
            + " and s.item_code = k.item_code and s.start_time = k.start_time and s.status = 'ACCEPTED'";

    /** A submission's new logs; what all of them share is bound once after these columns. */
    private static final Columns<ServiceLog> LOGS = Columns.of(
            column("id", PgType.UUID, ServiceLog::id),
            column("provider_log_id", TEXT, ServiceLog::providerLogId),
            column("voucher_id", PgType.UUID, ServiceLog::voucherId),
            column("elder_id", PgType.UUID, ServiceLog::elderId),
            column("caregiver_id", PgType.UUID, ServiceLog::caregiverId),
            column("person_key", TEXT, ServiceLog::personKey),
            column("item_code", TEXT, ServiceLog::itemCode),
            column("category", TEXT, ServiceLog::category),
            column("district_code", TEXT, ServiceLog::districtCode),
            column("start_time", TIMESTAMPTZ, ServiceLog::startTime),
            column("end_time", TIMESTAMPTZ, ServiceLog::endTime),
            column("service_date", DATE, ServiceLog::serviceDate),
            column("period", TEXT, ServiceLog::period),
            column("units", INT4, ServiceLog::units),
            column("latitude", FLOAT8, ServiceLog::latitude),
            column("longitude", FLOAT8, ServiceLog::longitude),
            column("confirmation", TEXT, ServiceLog::confirmation),
            column("confirmation_ref", TEXT, ServiceLog::confirmationRef),
            column("held", PgType.BOOL, ServiceLog::held),
            column("exception_codes", TEXT, log -> CodeList.join(log.exceptionCodes())),
            column("version", INT4, ServiceLog::version),
            column("corrects_log_id", PgType.UUID, ServiceLog::correctsLogId),
            column("correction_reason", TEXT, ServiceLog::correctionReason),
            column("correction_note", TEXT, ServiceLog::correctionNote),
            column("unit_price_fen", INT8, ServiceLog::unitPriceFen),
            column("amount_fen", INT8, ServiceLog::amountFen),
            column("balance_after_fen", INT8, ServiceLog::balanceAfterFen),
            column("status", TEXT, ServiceLog::status),
            column("reasons", TEXT, log -> CodeList.join(log.reasons())));

    private static final String INSERT_LOGS = "insert into service_log (" + LOGS.names()
            + ", provider_id, submitted_at, submitted_by, submission_id) select t.*, ?, ?, ?, ? from "
            + LOGS.unnestAs("t");

    private static final Columns<LedgerEntry> ENTRIES = Columns.of(
            column("id", PgType.UUID, LedgerEntry::id),
            column("voucher_id", PgType.UUID, LedgerEntry::voucherId),
            column("seq", INT4, LedgerEntry::seq),
            column("type", TEXT, LedgerEntry::type),
            column("amount_fen", INT8, LedgerEntry::amountFen),
            column("balance_after_fen", INT8, LedgerEntry::balanceAfterFen),
            column("period", TEXT, LedgerEntry::period),
            column("period_balance_after_fen", INT8, LedgerEntry::periodBalanceAfterFen),
            column("reference", TEXT, LedgerEntry::reference),
            column("at", TIMESTAMPTZ, LedgerEntry::at));

    private static final String INSERT_ENTRIES = ENTRIES.insertFromUnnest("ledger_entry");

    private static final Columns<VisitException> EXCEPTIONS = Columns.of(
            column("id", PgType.UUID, VisitException::id),
            column("service_log_id", PgType.UUID, VisitException::serviceLogId),
            column("provider_id", PgType.UUID, VisitException::providerId),
            column("voucher_id", PgType.UUID, VisitException::voucherId),
            column("district_code", TEXT, VisitException::districtCode),
            column("period", TEXT, VisitException::period),
            column("code", TEXT, VisitException::code),
            column("status", TEXT, VisitException::status),
            column("detail", TEXT, VisitException::detail),
            column("raised_at", TIMESTAMPTZ, VisitException::raisedAt));

    private static final String INSERT_EXCEPTIONS = EXCEPTIONS.insertFromUnnest("visit_exception");

    private static final Columns<Voucher> BALANCES = Columns.of(
            column("id", PgType.UUID, Voucher::id),
            column("balance_fen", INT8, Voucher::balanceFen),
            column("entry_count", INT4, Voucher::entryCount));

    private static final String UPDATE_BALANCES = "update voucher v set balance_fen = t.balance_fen,"
            + " entry_count = t.entry_count from " + BALANCES.unnestAs("t") + " where v.id = t.id";

    private final EntityManager entityManager;

    public RedemptionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks the vouchers until the transaction ends and reads them after the lock, so the balances are those the
     * previous holder committed. Rows are locked in id order, as every path that locks several vouchers does, so two
     * batches never wait on each other in a circle.
     */
    public Map<UUID, Voucher> lockVouchers(Collection<UUID> ids) {
        Map<UUID, Voucher> locked = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return locked;
        }
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, elder_id, card_number, status, district_code, categories, monthly_amount_fen,
                        balance_fen, entry_count, status_count, opened_on, home_cell
                    from voucher where id = any(?::uuid[]) order by id for no key update""")) {
                IDS.bindArrays(connection, select, 1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Voucher voucher = Voucher.stored(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getString(3), VoucherStatus.valueOf(rows.getString(4)), rows.getString(5),
                                rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getInt(9), rows.getInt(10),
                                rows.getObject(11, LocalDate.class), rows.getString(12));
                        locked.put(voucher.id(), voucher);
                    }
                }
            }
        });
        return locked;
    }

    /**
     * The vouchers of these card numbers, by number, in one probe of the unique card-number index each: how a batch
     * submitted by card number finds its vouchers before locking them. A number no voucher has is absent, and so is
     * one of a voucher in no district any contract of the provider ever named and never served by it: card numbers
     * are sequential, and a provider typing numbers must not learn which exist elsewhere in the city.
     */
    public Map<String, UUID> voucherIdsOfCards(UUID providerId, Collection<String> cardNumbers) {
        Map<String, UUID> found = new HashMap<>();
        if (cardNumbers.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select v.card_number, v.id from voucher v where v.card_number = any(?::text[])
                    and (exists (select 1 from contract c where c.provider_id = ?
                                 and v.district_code = any(string_to_array(c.district_codes, ',')))
                         or exists (select 1 from service_log s where s.voucher_id = v.id and s.provider_id = ?))""")) {
                int next = KEYS.bindArrays(connection, select, 1, cardNumbers);
                select.setObject(next, providerId);
                select.setObject(next + 1, providerId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getObject(2, UUID.class));
                    }
                }
            }
        });
        return found;
    }

    /** Which of these log ids the provider has already submitted (then the stored answer is replayed). */
    public Set<String> submittedLogIds(UUID providerId, Collection<String> providerLogIds) {
        Set<String> found = new HashSet<>();
        if (providerLogIds.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select provider_log_id from service_log where provider_id = ? and provider_log_id = any(?::text[])""")) {
                select.setObject(1, providerId);
                KEYS.bindArrays(connection, select, 2, providerLogIds);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        });
        return found;
    }

    /** The status timelines of many vouchers in one query; a voucher without changes is absent. */
    public Map<UUID, StatusTimeline<VoucherStatus>> timelinesOf(Collection<UUID> voucherIds) {
        Map<UUID, List<StatusTimeline.Change<VoucherStatus>>> changes = new HashMap<>();
        if (!voucherIds.isEmpty()) {
            work(connection -> {
                try (PreparedStatement select = connection.prepareStatement("""
                        select voucher_id, status, effective_from, seq from voucher_status_change
                        where voucher_id = any(?::uuid[])""")) {
                    IDS.bindArrays(connection, select, 1, voucherIds);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            changes.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                    .add(new StatusTimeline.Change<>(VoucherStatus.valueOf(rows.getString(2)),
                                            rows.getObject(3, LocalDate.class), rows.getInt(4)));
                        }
                    }
                }
            });
        }
        Map<UUID, StatusTimeline<VoucherStatus>> timelines = new HashMap<>();
        changes.forEach((id, list) -> timelines.put(id, new StatusTimeline<>(list)));
        return timelines;
    }

    public Map<UUID, Caregiver> caregivers(Collection<UUID> ids) {
        Map<UUID, Caregiver> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, provider_id, person_key, active_from, active_until from caregiver
                    where id = any(?::uuid[])""")) {
                IDS.bindArrays(connection, select, 1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Caregiver caregiver = Caregiver.stored(rows.getObject(1, UUID.class),
                                rows.getObject(2, UUID.class), rows.getString(3), rows.getObject(4, LocalDate.class),
                                rows.getObject(5, LocalDate.class));
                        found.put(caregiver.id(), caregiver);
                    }
                }
            }
        });
        return found;
    }

    /**
     * Accepted logs of these caregivers (any provider) that touch the window. No accepted log lasts longer than
     * {@link ServiceLogValidator#LONGEST_SERVICE}, so one that ends after {@code from} starts after {@code from} minus
     * that: the bound keeps the index range scan to the window instead of the caregiver's whole history.
     */
    public List<ServiceSlot> acceptedOfPersons(Collection<String> personKeys, Instant from, Instant to) {
        if (personKeys.isEmpty()) {
            return List.of();
        }
        Instant earliestStart = from.minus(ServiceLogValidator.LONGEST_SERVICE);
        return slots("""
                select elder_id, person_key, item_code, start_time, end_time from service_log
                where status = 'ACCEPTED' and person_key = any(?::text[]) and start_time >= ? and start_time < ?
                and end_time > ?""", (connection, select) -> {
            int next = KEYS.bindArrays(connection, select, 1, personKeys);
            select.setObject(next, utc(earliestStart));
            select.setObject(next + 1, utc(to));
            select.setObject(next + 2, utc(from));
        });
    }

    /** A service an elder may already have had: the key of DUPLICATE_SERVICE. */
    public record ServiceKey(UUID elderId, String itemCode, Instant startTime) {
    }

    /**
     * The accepted logs with exactly these keys: one probe of the unique (elder, item, start) index per key, so the
     * cost stays the same however long the elders' histories grow.
     */
    public List<ServiceSlot> acceptedWithKeys(Collection<ServiceKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return slots(ACCEPTED_WITH_KEYS, (connection, select) -> SERVICE_KEYS.bindArrays(connection, select, 1, keys));
    }

    /** Runs a query whose columns are a slot's: elder, person key, item, start and end. */
    private List<ServiceSlot> slots(String sql, Binding binding) {
        List<ServiceSlot> slots = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                binding.bind(connection, select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        slots.add(new ServiceSlot(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                                rows.getObject(4, OffsetDateTime.class).toInstant(),
                                rows.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        });
        return slots;
    }

    /**
     * The new logs of one provider's submission as one insert; a providerLogId stored meanwhile violates the unique
     * key.
     */
    public void insertLogs(UUID providerId, UUID submissionId, Instant submittedAt, String submittedBy,
            List<ServiceLog> logs) {
        if (logs.isEmpty()) {
            return;
        }
        for (ServiceLog log : logs) {
            if (!log.providerId().equals(providerId) || !log.submittedAt().equals(submittedAt)
                    || !log.submittedBy().equals(submittedBy)) {
                throw new IllegalArgumentException("log " + log.id() + " is not of this submission");
            }
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_LOGS)) {
                // the shared values come first in the statement's text, the arrays after them
                insert.setObject(1, providerId);
                insert.setObject(2, utc(submittedAt));
                insert.setObject(3, submittedBy);
                insert.setObject(4, submissionId);
                LOGS.bindArrays(connection, insert, 5, logs);
                expectRows("service_log", logs.size(), insert.executeUpdate());
            }
        });
    }

    public void insertEntries(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRIES)) {
                ENTRIES.bindArrays(connection, insert, 1, entries);
                expectRows("ledger_entry", entries.size(), insert.executeUpdate());
            }
        });
    }

    public void insertExceptions(List<VisitException> exceptions) {
        if (exceptions.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EXCEPTIONS)) {
                EXCEPTIONS.bindArrays(connection, insert, 1, exceptions);
                expectRows("visit_exception", exceptions.size(), insert.executeUpdate());
            }
        });
    }

    /** Writes back the balances the batch posted: one statement for all its (locked) vouchers. */
    public void updateBalances(Collection<Voucher> vouchers) {
        if (vouchers.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE_BALANCES)) {
                BALANCES.bindArrays(connection, update, 1, vouchers);
                expectRows("voucher", vouchers.size(), update.executeUpdate());
            }
        });
    }

    /** Binds a read's parameters. */
    @FunctionalInterface
    private interface Binding {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface JdbcWork {
        void run(Connection connection) throws SQLException;
    }

    /** On the transaction's connection; a SQLException comes back as Hibernate's (constraint, lock) exceptions. */
    private void work(JdbcWork work) {
        entityManager.unwrap(Session.class).doWork(work::run);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void expectRows(String table, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException(table + ": " + actual + " rows written, " + expected + " expected");
        }
    }
}
