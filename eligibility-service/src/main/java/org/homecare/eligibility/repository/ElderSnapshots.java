package org.homecare.eligibility.repository;

import static org.homecare.contracts.bulk.Column.column;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.homecare.contracts.bulk.Columns;
import org.homecare.contracts.bulk.PgType;
import org.homecare.eligibility.domain.DisabilityCertificate;
import org.homecare.eligibility.domain.ElderFacts;
import org.homecare.eligibility.domain.FactName;
import org.homecare.eligibility.domain.IncomeStatus;
import org.homecare.eligibility.domain.LivingArrangement;
import org.homecare.eligibility.domain.ServiceCategory;
import org.homecare.eligibility.domain.Outcome;

/**
 * Reads what the evaluator needs for a contiguous range of elder ids in a few set-based queries (JDBC on the
 * transaction's connection): the same code path serves one elder and a re-certification batch of thousands.
 */
@ApplicationScoped
public class ElderSnapshots {

    /**
     * An elder as a decision needs it, with the current state its row keeps for searches and the district scope
     * ({@code name}, {@code phone} and {@code current} are null where only facts are read). Name and phone travel in
     * the events of its decisions, read with the lock, not elder by elder.
     */
    public record ElderRow(UUID id, LocalDate birthDate, LocalDate dateOfDeath, String name, String phone,
            CurrentState current) {

        public ElderRow(UUID id, LocalDate birthDate, LocalDate dateOfDeath) {
            this(id, birthDate, dateOfDeath, null, null, null);
        }
    }

    /** What an elder's row keeps of its latest decision: the district and street of its facts and its outcome. */
    public record CurrentState(String districtCode, String street, boolean eligible) {
    }

    private static final String ROW =
            "select id, birth_date, date_of_death, name, phone, district_code, street, eligible from elder";

    private static final Columns<Map.Entry<UUID, CurrentState>> CURRENT = Columns.of(
            column("id", PgType.UUID, Map.Entry::getKey),
            column("district_code", PgType.TEXT, e -> e.getValue().districtCode()),
            column("street", PgType.TEXT, e -> e.getValue().street()),
            column("eligible", PgType.BOOL, e -> e.getValue().eligible()));

    private final EntityManager entityManager;

    public ElderSnapshots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks and returns the next {@code size} elders after {@code after} (null: from the start), in id order. */
    public List<ElderRow> lockNextBatch(UUID after, int size) {
        flushChanges();
        String sql = after == null
                ? ROW + " order by id limit ? for update"
                : ROW + " where id > ? order by id limit ? for update";
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                if (after != null) {
                    statement.setObject(i++, after);
                }
                statement.setInt(i, size);
                List<ElderRow> rows = new ArrayList<>(size);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** Locks one elder (the caller has checked it exists). */
    public ElderRow lockOne(UUID id) {
        flushChanges();
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ROW + " where id = ? for update")) {
                statement.setObject(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("elder " + id + " vanished");
                    }
                    return row(rs);
                }
            }
        });
    }

    private static ElderRow row(ResultSet rs) throws SQLException {
        return new ElderRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                new CurrentState(rs.getString(6), rs.getString(7), rs.getBoolean(8)));
    }

    /** Writes the current state of the elders whose latest decision changed it, in one statement. */
    public void updateCurrent(Map<UUID, CurrentState> changed) {
        if (changed.isEmpty()) {
            return;
        }
        String sql = "update elder e set district_code = t.district_code, street = t.street, eligible = t.eligible"
                + " from " + CURRENT.unnestAs("t") + " where e.id = t.id";
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                CURRENT.bindArrays(connection, statement, 1, changed.entrySet());
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Elders alive on {@code day} whose age reaches one of {@code thresholds} on that day, found by birth date (an
     * index range per threshold, never a scan of everyone), plus those with a fact or assessment taking effect that
     * day (recorded in advance).
     */
    public List<UUID> dueOn(LocalDate day, List<Integer> thresholds) {
        return work(connection -> {
            StringBuilder sql = new StringBuilder("select id from elder where (date_of_death is null or date_of_death > ?) and (false");
            for (int i = 0; i < thresholds.size(); i++) {
                // age(birth, day) >= n and age(birth, day - 1) < n; covers 29 February birthdays
                sql.append(" or (birth_date > ? and birth_date <= ?)");
            }
            sql.append(" or id in (select elder_id from elder_fact where effective_from = ?)");
            sql.append(" or id in (select elder_id from elder_assessment where assessed_on = ?)) order by id");
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int p = 1;
                statement.setObject(p++, day);
                for (int years : thresholds) {
                    statement.setObject(p++, day.minusDays(1).minusYears(years));
                    statement.setObject(p++, day.minusYears(years));
                }
                statement.setObject(p++, day);
                statement.setObject(p, day);
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
    }

    /**
     * Facts of the elders (given in id order, a contiguous id range) in force on {@code on}, in the order of
     * {@code elders}. Rows come back in the same order as the elders, so they are matched by position, not looked up
     * by id (two hash lookups per elder and fact cost more than the evaluation).
     */
    public List<ElderFacts> factsOn(List<ElderRow> elders, LocalDate on) {
        if (elders.isEmpty()) {
            return List.of();
        }
        UUID first = elders.get(0).id();
        UUID last = elders.get(elders.size() - 1).id();
        FactName[] names = FactName.values();
        String[][] values = new String[elders.size()][];
        Integer[] levels = new Integer[elders.size()];
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id, fact) elder_id, fact, fact_value from elder_fact
                    where elder_id >= ? and elder_id <= ? and effective_from <= ?
                    order by elder_id, fact, effective_from desc, recorded_at desc""")) {
                bindRange(statement, first, last, on);
                try (ResultSet rs = statement.executeQuery()) {
                    Cursor cursor = new Cursor(elders);
                    while (rs.next()) {
                        int at = cursor.positionOf(rs.getObject(1, UUID.class));
                        if (at >= 0) {
                            if (values[at] == null) {
                                values[at] = new String[names.length];
                            }
                            values[at][FactName.valueOf(rs.getString(2)).ordinal()] = rs.getString(3);
                        }
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id) elder_id, level from elder_assessment
                    where elder_id >= ? and elder_id <= ? and assessed_on <= ?
                    order by elder_id, assessed_on desc, recorded_at desc""")) {
                bindRange(statement, first, last, on);
                try (ResultSet rs = statement.executeQuery()) {
                    Cursor cursor = new Cursor(elders);
                    while (rs.next()) {
                        int at = cursor.positionOf(rs.getObject(1, UUID.class));
                        if (at >= 0) {
                            levels[at] = rs.getInt(2);
                        }
                    }
                }
            }
            return null;
        });
        List<ElderFacts> facts = new ArrayList<>(elders.size());
        String[] none = new String[names.length];
        for (int i = 0; i < elders.size(); i++) {
            ElderRow elder = elders.get(i);
            String[] v = values[i] == null ? none : values[i];
            String hukou = v[FactName.LOCAL_HUKOU.ordinal()];
            String living = v[FactName.LIVING_ARRANGEMENT.ordinal()];
            String income = v[FactName.INCOME_STATUS.ordinal()];
            // township and certificate come with the same query, one row more for an elder who has them
            String township = v[FactName.TOWNSHIP_CODE.ordinal()];
            String certificate = v[FactName.DISABILITY_CERTIFICATE.ordinal()];
            facts.add(new ElderFacts(elder.birthDate(), v[FactName.DISTRICT_CODE.ordinal()],
                    v[FactName.STREET.ordinal()], hukou == null ? null : Boolean.valueOf(hukou),
                    living == null ? null : LivingArrangement.valueOf(living),
                    income == null ? null : IncomeStatus.valueOf(income), levels[i], elder.dateOfDeath(),
                    v[FactName.HOME_CELL.ordinal()],
                    township == null || township.equals(FactName.NONE) ? null : township,
                    certificate == null ? null : DisabilityCertificate.ofStored(certificate)));
        }
        return facts;
    }

    /**
     * The outcome of each elder's current (latest) decision, in the order of {@code elders}; null for an elder never
     * decided.
     */
    public List<CurrentOutcome> currentOutcomes(List<ElderRow> elders) {
        if (elders.isEmpty()) {
            return List.of();
        }
        CurrentOutcome[] outcomes = new CurrentOutcome[elders.size()];
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id) elder_id, eligible, monthly_amount_fen, categories, district_code,
                           policy_id, policy_version, home_cell
                    from eligibility_decision where elder_id >= ? and elder_id <= ?
                    order by elder_id, seq desc""")) {
                statement.setObject(1, elders.get(0).id());
                statement.setObject(2, elders.get(elders.size() - 1).id());
                try (ResultSet rs = statement.executeQuery()) {
                    Cursor cursor = new Cursor(elders);
                    while (rs.next()) {
                        int at = cursor.positionOf(rs.getObject(1, UUID.class));
                        if (at >= 0) {
                            outcomes[at] = new CurrentOutcome(
                                    new Outcome(rs.getBoolean(2), rs.getLong(3),
                                            ServiceCategory.listOf(rs.getString(4)),
                                            rs.getString(5), rs.getString(8)),
                                    rs.getObject(6, UUID.class), (Integer) rs.getObject(7));
                        }
                    }
                }
            }
            return null;
        });
        return Arrays.asList(outcomes);
    }

    /**
     * Walks the batch's elders alongside rows ordered by elder id (PostgreSQL's order, which the batch list has too:
     * Java's UUID order differs, so ids are only compared for equality). A row of an elder that is not in the batch (one
     * registered inside the range after the batch was locked) is skipped.
     */
    private static final class Cursor {
        private final List<ElderRow> elders;
        private int at;

        Cursor(List<ElderRow> elders) {
            this.elders = elders;
        }

        int positionOf(UUID elderId) {
            for (int i = at; i < elders.size(); i++) {
                if (elders.get(i).id().equals(elderId)) {
                    at = i;
                    return i;
                }
            }
            return -1;
        }
    }

    public record CurrentOutcome(Outcome outcome, UUID policyId, Integer policyVersion) {
    }


    private static void bindRange(PreparedStatement statement, UUID first, UUID last, LocalDate on)
            throws SQLException {
        statement.setObject(1, first);
        statement.setObject(2, last);
        statement.setObject(3, on);
    }

    /**
     * Entities changed in this transaction (a death just recorded) must be visible to the JDBC reads that follow;
     * nothing else flushes them now that audit and outbox writes are plain JDBC batches too.
     */
    private void flushChanges() {
        entityManager.flush();
    }

    private interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(JdbcWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }
}
