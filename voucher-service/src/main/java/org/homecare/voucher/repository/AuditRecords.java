package org.homecare.voucher.repository;

import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.PgType.TEXT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.homecare.contracts.bulk.Columns;
import org.homecare.voucher.domain.RecordedAudit;

/** Reads of the audit trail (audit_record) by the objects it names: what a log's history shows. */
@ApplicationScoped
public class AuditRecords {

    /** An object of the trail: its type as recorded ({@code ServiceLog}) and its id. */
    public record ObjectRef(String type, String id) {
    }

    private static final Columns<ObjectRef> REFS = Columns.of(column("object_type", TEXT, ObjectRef::type),
            column("object_id", TEXT, ObjectRef::id));

    private final EntityManager entityManager;

    public AuditRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The records of these objects, oldest first. */
    public List<RecordedAudit> of(Collection<ObjectRef> objects) {
        List<RecordedAudit> rows = new ArrayList<>();
        if (objects.isEmpty()) {
            return rows;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select a.at, a.actor, a.action,"
                    + " a.object_type, a.object_id, a.before_state, a.after_state from " + REFS.unnestAs("r")
                    + " join audit_record a on a.object_type = r.object_type and a.object_id = r.object_id"
                    + " order by a.at, a.id")) {
                REFS.bindArrays(connection, select, 1, objects);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new RecordedAudit(result.getObject(1, OffsetDateTime.class).toInstant(), result.getString(2),
                                result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                                result.getString(7)));
                    }
                }
            }
        });
        return rows;
    }
}
