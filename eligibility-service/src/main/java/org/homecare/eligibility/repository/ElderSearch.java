package org.homecare.eligibility.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.homecare.eligibility.domain.ElderQuery;
import org.homecare.eligibility.domain.ElderSummary;

/**
 * Finds elders by the current state kept on their row (see V5__elder_search.sql): identity number by its keyed hash,
 * name and street by prefix as an index range in code-point order, district, eligibility. Stable order: name, then id.
 */
@ApplicationScoped
public class ElderSearch {

    private static final String COLUMNS = """
            id, id_number, name, phone, birth_date, sex, district_code, street, eligible, date_of_death, voucher_id,
            voucher_card_number, registered_at""";

    private final EntityManager entityManager;

    public ElderSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ElderSummary> page(ElderQuery query, long offset, int size) {
        Where where = Where.of(query);
        String sql = "select " + COLUMNS + " from elder" + where.sql()
                + " order by (name collate \"C\"), id offset ? limit ?";
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = where.bind(connection, statement);
                statement.setLong(next++, offset);
                statement.setInt(next, size);
                List<ElderSummary> found = new ArrayList<>(size);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(found(rs));
                    }
                }
                return found;
            }
        });
    }

    public long count(ElderQuery query) {
        Where where = Where.of(query);
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select count(*) from elder" + where.sql())) {
                where.bind(connection, statement);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static ElderSummary found(ResultSet rs) throws SQLException {
        return new ElderSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getBoolean(9), rs.getObject(10, LocalDate.class), rs.getObject(11, UUID.class), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class));
    }

    /** The conditions of a query and their parameters, in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(ElderQuery query) {
            StringBuilder sql = new StringBuilder();
            List<Object> parameters = new ArrayList<>();
            query.idNumberHash().ifPresent(hash -> add(sql, parameters, "id_number_hash = ?", hash));
            query.namePrefix().ifPresent(prefix -> {
                add(sql, parameters, "(name collate \"C\") >= ?", prefix);
                String upper = PrefixRange.upperBound(prefix);
                if (upper != null) {
                    add(sql, parameters, "(name collate \"C\") < ?", upper);
                }
            });
            query.districts().ifPresent(districts -> {
                if (districts.size() == 1) {
                    // one district: the (district, name, id) index gives the rows in page order
                    add(sql, parameters, "district_code = ?", districts.iterator().next());
                } else {
                    add(sql, parameters, "district_code = any(?)", districts.toArray(String[]::new));
                }
            });
            query.streetPrefix().ifPresent(prefix -> {
                add(sql, parameters, "(street collate \"C\") >= ?", prefix);
                String upper = PrefixRange.upperBound(prefix);
                if (upper != null) {
                    add(sql, parameters, "(street collate \"C\") < ?", upper);
                }
            });
            query.eligible().ifPresent(eligible -> add(sql, parameters, "eligible = ?", eligible));
            return new Where(sql.toString(), parameters);
        }

        private static void add(StringBuilder sql, List<Object> parameters, String condition, Object value) {
            sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
            parameters.add(value);
        }

        int bind(Connection connection, PreparedStatement statement) throws SQLException {
            int i = 1;
            for (Object parameter : parameters) {
                if (parameter instanceof String[] codes) {
                    statement.setArray(i++, connection.createArrayOf("varchar", codes));
                } else {
                    statement.setObject(i++, parameter);
                }
            }
            return i;
        }
    }

    /** On the transaction's connection; Hibernate's ReturningWork already lets the statement throw SQLException. */
    private <T> T work(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
