package org.homecare.eligibility.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.eligibility.domain.Elder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ElderRepository implements PanacheRepositoryBase<Elder, UUID> {

    /** Every write to an elder locks its row first: two concurrent changes must not both compare to the same decision. */
    public Optional<Elder> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Inserts unless the identity number is taken. "on conflict do nothing" instead of catching a unique violation:
     * the database's error text would carry the identity number into the logs.
     */
    public boolean insertUnlessRegistered(Elder elder) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into elder (id, id_number, birth_date, sex, name, phone, registered_at, registered_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (id_number) do nothing""")
                .setParameter(1, elder.id()).setParameter(2, elder.idNumber()).setParameter(3, elder.birthDate())
                .setParameter(4, elder.sex()).setParameter(5, elder.name()).setParameter(6, elder.phone())
                .setParameter(7, elder.registeredAt()).setParameter(8, elder.registeredBy())
                .executeUpdate();
        return inserted == 1;
    }

    public boolean idNumberTaken(String idNumber) {
        return count("idNumber", idNumber) > 0;
    }
}
