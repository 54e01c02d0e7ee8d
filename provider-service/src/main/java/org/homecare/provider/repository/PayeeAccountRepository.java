package org.homecare.provider.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.PayeeAccount;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PayeeAccountRepository implements PanacheRepositoryBase<PayeeAccount, UUID> {

    /** Every version, the oldest first. */
    public List<PayeeAccount> historyOf(UUID providerId) {
        return list("providerId", Sort.by("effectiveFrom").and("recordedAt"), providerId);
    }

    /** The last version of {@link #historyOf}: the latest start, the last recorded of those. */
    public Optional<PayeeAccount> latestOf(UUID providerId) {
        return find("providerId", Sort.descending("effectiveFrom", "recordedAt"), providerId).firstResultOptional();
    }

    public Optional<PayeeAccount> inForceOn(UUID providerId, LocalDate day) {
        return find("providerId = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom", "recordedAt"),
                providerId, day).firstResultOptional();
    }
}
