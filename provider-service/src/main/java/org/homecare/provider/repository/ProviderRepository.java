package org.homecare.provider.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Providers. The reads a caller makes take the districts it may see (empty: the whole city): a provider serving none
 * of them is not found and not listed, as if it did not exist.
 */
@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    /** A provider serves one of the districts ?n. */
    private static final String SERVES_ANY = "id in (select p.id from Provider p join p.districtCodes d where d in ?";

    public Optional<Provider> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    /** The provider, if it serves one of the districts (any provider when there are none). */
    public Optional<Provider> findVisible(UUID id, Optional<Set<String>> districts) {
        if (districts.isEmpty()) {
            return findByIdOptional(id);
        }
        return find("id = ?1 and " + SERVES_ANY + "2)", id, districts.get()).firstResultOptional();
    }

    /** Providers in registration order, narrowed by what is given: a credit code, a status, districts served. */
    public PanacheQuery<Provider> listed(Optional<String> creditCode, Optional<ProviderStatus> status,
            Optional<Set<String>> districts) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        creditCode.ifPresent(code -> {
            parameters.add(code);
            conditions.add("creditCode = ?" + parameters.size());
        });
        status.ifPresent(s -> {
            parameters.add(s);
            conditions.add("status = ?" + parameters.size());
        });
        districts.ifPresent(codes -> {
            parameters.add(codes);
            conditions.add(SERVES_ANY + parameters.size() + ")");
        });
        Sort order = Sort.by("registeredAt").and("id");
        return conditions.isEmpty() ? findAll(order)
                : find(String.join(" and ", conditions), order, parameters.toArray());
    }

    /**
     * Locks the provider row: every change to a provider, its contracts or caregivers goes one at a time. A plain
     * {@code select ... for update} and then a load, because Hibernate's own PESSIMISTIC_WRITE on an entity with
     * element collections fails in its follow-on locking (NullPointerException in TableLock under concurrent use).
     */
    public Optional<Provider> findForUpdate(UUID id) {
        boolean exists = !getEntityManager()
                .createNativeQuery("select id from provider where id = ?1 for update")
                .setParameter(1, id)
                .getResultList().isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        Provider provider = findById(id);
        // a copy loaded earlier in this transaction may predate the lock
        getEntityManager().refresh(provider);
        return Optional.of(provider);
    }
}
