package org.homecare.provider.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.Provider;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    public Optional<Provider> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
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
