package org.homecare.voucher.repository;

import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.PgType.TEXT;
import static org.homecare.contracts.bulk.PgType.TIMESTAMPTZ;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.homecare.contracts.bulk.Columns;
import org.homecare.contracts.bulk.PgType;
import org.homecare.voucher.domain.VisitCode;

/**
 * The visit codes of a service-log batch, read and marked used with one statement each whatever the batch's size, in
 * the style of {@link RedemptionStore}: plain JDBC with array parameters, plain (unmanaged) rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VisitCodeStore {

    private static final Columns<String> HASHES = Columns.of(column("code_hash", TEXT, hash -> hash));

    private static final Columns<VisitCode.Use> USES = Columns.of(
            column("id", PgType.UUID, VisitCode.Use::codeId),
            column("service_log_id", PgType.UUID, VisitCode.Use::serviceLogId),
            column("at", TIMESTAMPTZ, VisitCode.Use::at));

    // several rows of one hash only after two codes drawn at once for a voucher matched: the unused, latest one counts
    private static final String BY_HASH = """
            select distinct on (code_hash) id, voucher_id, provider_id, code_hash, valid_from, valid_until, issued_at,
                issued_by, used_at, used_by_log_id
            from visit_code where code_hash = any(?::text[])
            order by code_hash, used_at is null desc, issued_at desc, id""";

    private static final String MARK_USED = "update visit_code c set used_at = u.at, used_by_log_id = u.service_log_id"
            + " from " + USES.unnestAs("u") + " where c.id = u.id and c.used_at is null";

    private final EntityManager entityManager;

    public VisitCodeStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The codes of these hashes ({@link VisitCode#hashOf}), by hash; a hash no code has is absent. */
    public Map<String, VisitCode> byHash(Collection<String> codeHashes) {
        Map<String, VisitCode> found = new HashMap<>();
        if (codeHashes.isEmpty()) {
            return found;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(BY_HASH)) {
                HASHES.bindArrays(connection, select, 1, codeHashes);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        VisitCode code = VisitCode.stored(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class), rows.getString(4), instant(rows, 5), instant(rows, 6),
                                instant(rows, 7), rows.getString(8), instant(rows, 9), rows.getObject(10, UUID.class));
                        found.put(code.codeHash(), code);
                    }
                }
            }
        });
        return found;
    }

    /**
     * Marks the codes used, each by its log, in one statement. Every code must still be unused and named once: the
     * batch path reads its codes after locking their vouchers, so no other transaction can have used one meanwhile,
     * and a code already used is a bug that rolls the batch back rather than a second use.
     *
     * @throws IllegalStateException when fewer codes than given were unused
     */
    public void markUsed(List<VisitCode.Use> uses) {
        if (uses.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(MARK_USED)) {
                USES.bindArrays(connection, update, 1, uses);
                int marked = update.executeUpdate();
                if (marked != uses.size()) {
                    throw new IllegalStateException("visit_code: " + marked + " of " + uses.size()
                            + " codes were unused and marked; a code was used already or named twice");
                }
            }
        });
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
