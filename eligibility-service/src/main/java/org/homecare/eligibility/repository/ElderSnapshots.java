package org.homecare.eligibility.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
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

    public record ElderRow(UUID id, LocalDate birthDate, LocalDate dateOfDeath) {
    }

    private final EntityManager entityManager;

    public ElderSnapshots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks and returns the next {@code size} elders after {@code after} (null: from the start), in id order. */
    public List<ElderRow> lockNextBatch(UUID after, int size) {
        flushChanges();
        String sql = after == null
                ? "select id, birth_date, date_of_death from elder order by id limit ? for update"
                : "select id, birth_date, date_of_death from elder where id > ? order by id limit ? for update";
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
                        rows.add(new ElderRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                                rs.getObject(3, LocalDate.class)));
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
            try (PreparedStatement statement = connection
                    .prepareStatement("select id, birth_date, date_of_death from elder where id = ? for update")) {
                statement.setObject(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("elder " + id + " vanished");
                    }
                    return new ElderRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class));
                }
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

    /** Facts of the elders (given in id order, a contiguous id range) in force on {@code on}. */
    public Map<UUID, ElderFacts> factsOn(List<ElderRow> elders, LocalDate on) {
        if (elders.isEmpty()) {
            return Map.of();
        }
        UUID first = elders.get(0).id();
        UUID last = elders.get(elders.size() - 1).id();
        Map<UUID, Map<FactName, String>> values = new HashMap<>();
        Map<UUID, Integer> levels = new HashMap<>();
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id, fact) elder_id, fact, fact_value from elder_fact
                    where elder_id >= ? and elder_id <= ? and effective_from <= ?
                    order by elder_id, fact, effective_from desc, recorded_at desc""")) {
                bindRange(statement, first, last, on);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        values.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                                .put(FactName.valueOf(rs.getString(2)), rs.getString(3));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id) elder_id, level from elder_assessment
                    where elder_id >= ? and elder_id <= ? and assessed_on <= ?
                    order by elder_id, assessed_on desc, recorded_at desc""")) {
                bindRange(statement, first, last, on);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        levels.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    }
                }
            }
            return null;
        });
        Map<UUID, ElderFacts> facts = new LinkedHashMap<>();
        for (ElderRow elder : elders) {
            Map<FactName, String> v = values.getOrDefault(elder.id(), Map.of());
            String hukou = v.get(FactName.LOCAL_HUKOU);
            String living = v.get(FactName.LIVING_ARRANGEMENT);
            String income = v.get(FactName.INCOME_STATUS);
            facts.put(elder.id(), new ElderFacts(elder.birthDate(), v.get(FactName.DISTRICT_CODE),
                    v.get(FactName.STREET), hukou == null ? null : Boolean.valueOf(hukou),
                    living == null ? null : LivingArrangement.valueOf(living),
                    income == null ? null : IncomeStatus.valueOf(income), levels.get(elder.id()),
                    elder.dateOfDeath()));
        }
        return facts;
    }

    /** The outcome of each elder's current (latest) decision; elders never decided are absent. */
    public Map<UUID, CurrentOutcome> currentOutcomes(List<ElderRow> elders) {
        if (elders.isEmpty()) {
            return Map.of();
        }
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id) elder_id, eligible, monthly_amount_fen, categories, district_code,
                           policy_id, policy_version
                    from eligibility_decision where elder_id >= ? and elder_id <= ?
                    order by elder_id, seq desc""")) {
                statement.setObject(1, elders.get(0).id());
                statement.setObject(2, elders.get(elders.size() - 1).id());
                Map<UUID, CurrentOutcome> outcomes = new HashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        outcomes.put(rs.getObject(1, UUID.class), new CurrentOutcome(
                                new Outcome(rs.getBoolean(2), rs.getLong(3), categories(rs.getString(4)),
                                        rs.getString(5)),
                                rs.getObject(6, UUID.class), (Integer) rs.getObject(7)));
                    }
                }
                return outcomes;
            }
        });
    }

    public record CurrentOutcome(Outcome outcome, UUID policyId, Integer policyVersion) {
    }

    public static List<ServiceCategory> categories(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(ServiceCategory::valueOf).toList();
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
