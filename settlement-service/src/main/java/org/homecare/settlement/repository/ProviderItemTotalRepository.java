package org.homecare.settlement.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.ProviderItemTotal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProviderItemTotalRepository implements PanacheRepositoryBase<ProviderItemTotal, UUID> {

    /** Adds (or with negative figures subtracts) one log to its running total in a single upsert. */
    public void add(UUID providerId, String period, String itemCode, long count, long units, long amountFen) {
        getEntityManager().createNativeQuery("""
                insert into provider_item_total (id, provider_id, period, item_code, log_count, units, amount_fen)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (provider_id, period, item_code) do update set
                    log_count = provider_item_total.log_count + excluded.log_count,
                    units = provider_item_total.units + excluded.units,
                    amount_fen = provider_item_total.amount_fen + excluded.amount_fen""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, providerId)
                .setParameter(3, period)
                .setParameter(4, itemCode)
                .setParameter(5, count)
                .setParameter(6, units)
                .setParameter(7, amountFen)
                .executeUpdate();
    }

    public List<ProviderItemTotal> forPeriod(String period) {
        return list("period", Sort.by("providerId").and("itemCode"), period);
    }
}
