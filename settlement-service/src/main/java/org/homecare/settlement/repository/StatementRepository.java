package org.homecare.settlement.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    public Optional<Statement> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Statement> of(UUID providerId, String period) {
        return find("providerId = ?1 and period = ?2", providerId, period).firstResultOptional();
    }

    /** Closed statements that entered CLOSED before {@code before} (at the close, or when a dispute was corrected). */
    public List<Statement> closedSinceBefore(Instant before) {
        return find("status = ?1 and updatedAt < ?2", Sort.by("updatedAt").and("id"), StatementStatus.CLOSED, before)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** All statements of a period in the given statuses, for files and reconciliations that take them whole. */
    public List<Statement> allOf(String period, List<StatementStatus> statuses) {
        return list("period = ?1 and status in ?2", Sort.by("providerId"), period, statuses);
    }

    public record Slice(List<Statement> items, long total) {
    }

    /** Statements of a period, optionally only one provider's and only some statuses. */
    public Slice page(String period, Optional<UUID> providerId, List<StatementStatus> statuses, int page, int size) {
        StringBuilder query = new StringBuilder("period = :period and status in :statuses");
        Parameters params = Parameters.with("period", period).and("statuses", statuses);
        providerId.ifPresent(id -> {
            query.append(" and providerId = :provider");
            params.and("provider", id);
        });
        PanacheQuery<Statement> found = find(query.toString(), Sort.by("providerId"), params);
        return new Slice(found.page(Page.of(page, size)).list(), found.count());
    }
}
