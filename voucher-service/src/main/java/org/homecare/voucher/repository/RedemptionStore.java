package org.homecare.voucher.repository;

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
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.CodeList;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogValidator;
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

    /** An accepted log's time slot: what overlap and duplicate checks compare against. */
    public record Slot(UUID elderId, String personKey, String itemCode, Instant startTime, Instant endTime) {
    }

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
                    select id, elder_id, status, district_code, categories, monthly_amount_fen, balance_fen,
                        entry_count, status_count, opened_on
                    from voucher where id = any(?::uuid[]) order by id for no key update""")) {
                bind(connection, select, new Unquoted(ids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Voucher voucher = Voucher.stored(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                VoucherStatus.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                                rows.getLong(6), rows.getLong(7), rows.getInt(8), rows.getInt(9),
                                rows.getObject(10, LocalDate.class));
                        locked.put(voucher.id(), voucher);
                    }
                }
            }
        });
        return locked;
    }

    /** Which of these log ids the provider has already submitted (then the stored answer is replayed). */
    public Set<String> submittedLogIds(UUID providerId, Collection<String> providerLogIds) {
        Set<String> found = new HashSet<>();
        if (providerLogIds.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select provider_log_id from service_log where provider_id = ? and provider_log_id = any(?)""")) {
                bind(connection, select, providerId, providerLogIds.toArray(String[]::new));
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
                    bind(connection, select, new Unquoted(voucherIds.toArray()));
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
                bind(connection, select, new Unquoted(ids.toArray()));
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
    public List<Slot> acceptedOfPersons(Collection<String> personKeys, Instant from, Instant to) {
        if (personKeys.isEmpty()) {
            return List.of();
        }
        Instant earliestStart = from.minus(ServiceLogValidator.LONGEST_SERVICE);
        return slots("""
                select elder_id, person_key, item_code, start_time, end_time from service_log
                where status = 'ACCEPTED' and person_key = any(?) and start_time >= ? and start_time < ?
                and end_time > ?""", personKeys.toArray(String[]::new), utc(earliestStart), utc(to), utc(from));
    }

    /** A service an elder may already have had: the key of DUPLICATE_SERVICE. */
    public record ServiceKey(UUID elderId, String itemCode, Instant startTime) {
    }

    /**
     * The accepted logs with exactly these keys: one probe of the unique (elder, item, start) index per key, so the
     * cost stays the same however long the elders' histories grow.
     */
    public List<Slot> acceptedWithKeys(Collection<ServiceKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        int n = keys.size();
        UUID[] elderId = new UUID[n];
        String[] itemCode = new String[n], startTime = new String[n];
        int i = 0;
        for (ServiceKey key : keys) {
            elderId[i] = key.elderId();
            itemCode[i] = key.itemCode();
            startTime[i] = text(key.startTime());
            i++;
        }
        return slots("""
                select s.elder_id, s.person_key, s.item_code, s.start_time, s.end_time
                from unnest(?::uuid[], ?, ?::timestamptz[]) as k(elder_id, item_code, start_time)
                join service_log s on s.elder_id = k.elder_id and s.item_code = k.item_code
                    and s.start_time = k.start_time and s.status = 'ACCEPTED'""", new Unquoted(elderId), itemCode,
                new Unquoted(startTime));
    }

    /** Runs a query whose columns are a slot's: elder, person key, item, start and end. */
    private List<Slot> slots(String sql, Object... parameters) {
        List<Slot> slots = new ArrayList<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bind(connection, select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        slots.add(new Slot(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
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
        int n = logs.size();
        UUID[] id = new UUID[n], voucherId = new UUID[n], elderId = new UUID[n], caregiverId = new UUID[n];
        String[] providerLogId = new String[n], personKey = new String[n], itemCode = new String[n],
                category = new String[n], districtCode = new String[n], startTime = new String[n],
                endTime = new String[n], serviceDate = new String[n], period = new String[n],
                confirmation = new String[n], status = new String[n], reasons = new String[n];
        Integer[] units = new Integer[n];
        Double[] latitude = new Double[n], longitude = new Double[n];
        Long[] unitPriceFen = new Long[n], amountFen = new Long[n], balanceAfterFen = new Long[n];
        for (int i = 0; i < n; i++) {
            ServiceLog log = logs.get(i);
            if (!log.providerId().equals(providerId) || !log.submittedAt().equals(submittedAt)
                    || !log.submittedBy().equals(submittedBy)) {
                throw new IllegalArgumentException("log " + log.id() + " is not of this submission");
            }
            id[i] = log.id();
            providerLogId[i] = log.providerLogId();
            voucherId[i] = log.voucherId();
            elderId[i] = log.elderId();
            caregiverId[i] = log.caregiverId();
            personKey[i] = log.personKey();
            itemCode[i] = log.itemCode();
            category[i] = log.category();
            districtCode[i] = log.districtCode();
            startTime[i] = text(log.startTime());
            endTime[i] = text(log.endTime());
            serviceDate[i] = log.serviceDate().toString();
            period[i] = log.period();
            units[i] = log.units();
            latitude[i] = log.latitude();
            longitude[i] = log.longitude();
            confirmation[i] = log.confirmation().name();
            unitPriceFen[i] = log.unitPriceFen();
            amountFen[i] = log.amountFen();
            balanceAfterFen[i] = log.balanceAfterFen();
            status[i] = log.status().name();
            reasons[i] = CodeList.join(log.reasons());
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into service_log (id, provider_id, provider_log_id, voucher_id, elder_id, caregiver_id,
                        person_key, item_code, category, district_code, start_time, end_time, service_date, period,
                        units, latitude, longitude, confirmation, unit_price_fen, amount_fen, balance_after_fen,
                        status, reasons, submitted_at, submitted_by, submission_id)
                    select t.id, ?, t.provider_log_id, t.voucher_id, t.elder_id, t.caregiver_id, t.person_key,
                        t.item_code, t.category, t.district_code, t.start_time, t.end_time, t.service_date, t.period,
                        t.units, t.latitude, t.longitude, t.confirmation, t.unit_price_fen, t.amount_fen,
                        t.balance_after_fen, t.status, t.reasons, ?, ?, ?
                    from unnest(?::uuid[], ?, ?::uuid[], ?::uuid[], ?::uuid[], ?, ?, ?, ?, ?::timestamptz[],
                        ?::timestamptz[], ?::date[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        as t(id, provider_log_id, voucher_id, elder_id, caregiver_id, person_key, item_code, category,
                        district_code, start_time, end_time, service_date, period, units, latitude, longitude,
                        confirmation, unit_price_fen, amount_fen, balance_after_fen, status, reasons)""")) {
                bind(connection, insert, providerId, utc(submittedAt), submittedBy, submissionId, new Unquoted(id),
                        providerLogId, new Unquoted(voucherId), new Unquoted(elderId), new Unquoted(caregiverId),
                        personKey, itemCode, category, districtCode, new Unquoted(startTime), new Unquoted(endTime),
                        new Unquoted(serviceDate), period, units, latitude, longitude, confirmation, unitPriceFen,
                        amountFen, balanceAfterFen, status, reasons);
                expectRows("service_log", n, insert.executeUpdate());
            }
        });
    }

    public void insertEntries(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        UUID[] id = new UUID[n], voucherId = new UUID[n];
        String[] type = new String[n], period = new String[n], reference = new String[n], at = new String[n];
        Integer[] seq = new Integer[n];
        Long[] amountFen = new Long[n], balanceAfterFen = new Long[n];
        for (int i = 0; i < n; i++) {
            LedgerEntry entry = entries.get(i);
            id[i] = entry.id();
            voucherId[i] = entry.voucherId();
            seq[i] = entry.seq();
            type[i] = entry.type().name();
            amountFen[i] = entry.amountFen();
            balanceAfterFen[i] = entry.balanceAfterFen();
            period[i] = entry.period();
            reference[i] = entry.reference();
            at[i] = text(entry.at());
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into ledger_entry (id, voucher_id, seq, type, amount_fen, balance_after_fen, period,
                        reference, at)
                    select * from unnest(?::uuid[], ?::uuid[], ?, ?, ?, ?, ?, ?, ?::timestamptz[])""")) {
                bind(connection, insert, new Unquoted(id), new Unquoted(voucherId), seq, type, amountFen,
                        balanceAfterFen, period, reference, new Unquoted(at));
                expectRows("ledger_entry", n, insert.executeUpdate());
            }
        });
    }

    /** Writes back the balances the batch posted: one statement for all its (locked) vouchers. */
    public void updateBalances(Collection<Voucher> vouchers) {
        if (vouchers.isEmpty()) {
            return;
        }
        int n = vouchers.size();
        UUID[] id = new UUID[n];
        Long[] balanceFen = new Long[n];
        Integer[] entryCount = new Integer[n];
        int i = 0;
        for (Voucher voucher : vouchers) {
            id[i] = voucher.id();
            balanceFen[i] = voucher.balanceFen();
            entryCount[i] = voucher.entryCount();
            i++;
        }
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update voucher v set balance_fen = t.balance_fen, entry_count = t.entry_count
                    from unnest(?::uuid[], ?, ?) as t(id, balance_fen, entry_count) where v.id = t.id""")) {
                bind(connection, update, new Unquoted(id), balanceFen, entryCount);
                expectRows("voucher", n, update.executeUpdate());
            }
        });
    }

    /** Values that never need quoting (uuids, ISO dates and instants), bound as one array literal. */
    private record Unquoted(Object[] values) {
    }

    /**
     * Binds a statement's parameters in order: {@link Unquoted} arrays as one literal, other arrays through the
     * driver's binary array encoding (by their Java type), anything else as a plain value. Pass a lone array inside
     * another argument list: on its own it would be spread into the varargs.
     */
    private static void bind(Connection connection, PreparedStatement statement, Object... values)
            throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            String arrayType = value instanceof Object[] ? ARRAY_TYPES.get(value.getClass()) : null;
            if (value instanceof Unquoted unquoted) {
                statement.setString(i + 1, literal(unquoted.values()));
            } else if (arrayType != null) {
                statement.setArray(i + 1, connection.createArrayOf(arrayType, (Object[]) value));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** The driver's element type of each Java array type this store binds. */
    private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(String[].class, "varchar", Integer[].class,
            "int4", Long[].class, "int8", Double[].class, "float8");

    @FunctionalInterface
    private interface JdbcWork {
        void run(Connection connection) throws SQLException;
    }

    /** On the transaction's connection; a SQLException comes back as Hibernate's (constraint, lock) exceptions. */
    private void work(JdbcWork work) {
        entityManager.unwrap(Session.class).doWork(work::run);
    }

    /** ISO-8601 in UTC, as an array element PostgreSQL reads (LocalDateTime's printing, cheaper than Instant's). */
    private static String text(Instant instant) {
        return utc(instant).toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * An array literal of values that never need quoting (uuids, ISO dates and instants), for a parameter the
     * statement casts ({@code ?::uuid[]}): PostgreSQL reads the same text the driver would send, which is cheaper to
     * write here than through the driver's element-by-element escaping.
     */
    private static String literal(Object[] values) {
        StringBuilder literal = new StringBuilder(values.length * 38 + 2).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append(values[i] == null ? "NULL" : values[i].toString());
        }
        return literal.append('}').toString();
    }

    private static void expectRows(String table, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException(table + ": " + actual + " rows written, " + expected + " expected");
        }
    }
}
