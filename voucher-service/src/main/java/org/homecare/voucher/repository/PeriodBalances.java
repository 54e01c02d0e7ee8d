package org.homecare.voucher.repository;

import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.PgType.TEXT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.homecare.contracts.bulk.Columns;
import org.homecare.contracts.bulk.PgType;
import org.homecare.voucher.domain.Voucher;

/**
 * The balance of an account's month: the {@code period_balance_after_fen} of the month's latest entry, 0 for a month
 * without entries. One probe of the (voucher, period, seq) index per account and month, however long the ledger.
 */
@ApplicationScoped
public class PeriodBalances {

    private record Key(UUID voucherId, String period) {
    }

    private static final Columns<Key> KEYS = Columns.of(column("voucher_id", PgType.UUID, Key::voucherId),
            column("period", TEXT, Key::period));

    private static final String LATEST = "select k.voucher_id, k.period, coalesce((select e.period_balance_after_fen"
            + " from ledger_entry e where e.voucher_id = k.voucher_id and e.period = k.period order by e.seq desc"
            + " limit 1), 0) from " + KEYS.unnestAs("k");

    private final EntityManager entityManager;

    public PeriodBalances(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Tells each (locked) voucher the balances of these periods, so it can post to them. */
    public void load(Collection<Voucher> vouchers, Collection<String> periods) {
        Map<UUID, Voucher> byId = new HashMap<>();
        vouchers.forEach(v -> byId.put(v.id(), v));
        read(byId.keySet(), periods).forEach((id, balances) -> balances.forEach(byId.get(id)::knowPeriodBalance));
    }

    /** The balances of these periods by voucher and period (every pair asked for is present). */
    public Map<UUID, Map<String, Long>> read(Collection<UUID> voucherIds, Collection<String> periods) {
        Map<UUID, Map<String, Long>> found = new HashMap<>();
        List<Key> keys = new ArrayList<>(voucherIds.size() * periods.size());
        voucherIds.forEach(id -> periods.forEach(period -> keys.add(new Key(id, period))));
        if (keys.isEmpty()) {
            return found;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LATEST)) {
                KEYS.bindArrays(connection, select, 1, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashMap<>())
                                .put(rows.getString(2), rows.getLong(3));
                    }
                }
            }
        });
        return found;
    }
}
