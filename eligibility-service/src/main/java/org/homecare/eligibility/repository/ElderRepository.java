package org.homecare.eligibility.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.eligibility.domain.Elder;
import org.homecare.eligibility.domain.HomeLocation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ElderRepository implements PanacheRepositoryBase<Elder, UUID> {

    /** An elder still waiting for its identity-number hash: what the start-up backfill reads. */
    public record Unhashed(UUID id, String idNumber) {
    }

    /** Every write to an elder locks its row first: two concurrent changes must not both compare to the same decision. */
    public Optional<Elder> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Inserts unless the identity number is taken. "on conflict do nothing" instead of catching a unique violation:
     * the database's error text would carry the identity number into the logs.
     */
    public boolean insertUnlessRegistered(Elder elder, String idNumberHash, String districtCode, String street) {
        HomeLocation home = elder.home();
        int inserted = getEntityManager().createNativeQuery("""
                insert into elder (id, id_number, birth_date, sex, name, phone, registered_at, registered_by,
                                   id_number_hash, district_code, street, home_latitude, home_longitude)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) on conflict do nothing""")
                .setParameter(1, elder.id()).setParameter(2, elder.idNumber()).setParameter(3, elder.birthDate())
                .setParameter(4, elder.sex()).setParameter(5, elder.name()).setParameter(6, elder.phone())
                .setParameter(7, elder.registeredAt()).setParameter(8, elder.registeredBy())
                .setParameter(9, idNumberHash).setParameter(10, districtCode).setParameter(11, street)
                .setParameter(12, home == null ? null : home.latitude())
                .setParameter(13, home == null ? null : home.longitude())
                .executeUpdate();
        return inserted == 1;
    }

    /** By the keyed hash: the clear number is never compared in SQL. */
    public boolean idNumberTaken(String idNumberHash) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from elder where id_number_hash = ?1")
                .setParameter(1, idNumberHash).getSingleResult()).longValue() > 0;
    }

    /**
     * The district deciding who sees the elder, or empty when there is no such elder. Optional of an Optional: an
     * elder of no district yet (registered before districts were kept here and never decided since) is visible
     * city-wide only.
     */
    public Optional<Optional<String>> districtOf(UUID id) {
        List<?> rows = getEntityManager().createNativeQuery("select district_code from elder where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Optional.ofNullable((String) rows.get(0)));
    }

    /** Idempotent: the same VoucherIssued applied twice leaves the same row. */
    public int linkVoucher(UUID elderId, UUID voucherId, String cardNumber) {
        return getEntityManager().createNativeQuery("""
                update elder set voucher_id = ?2, voucher_card_number = coalesce(?3, voucher_card_number)
                where id = ?1""")
                .setParameter(1, elderId).setParameter(2, voucherId).setParameter(3, cardNumber).executeUpdate();
    }

    public List<Unhashed> withoutIdNumberHash(int limit) {
        List<?> rows = getEntityManager().createNativeQuery(
                "select id, id_number from elder where id_number_hash is null order by id limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Unhashed((UUID) r[0], (String) r[1])).toList();
    }

    public void storeIdNumberHashes(Map<UUID, String> hashes) {
        hashes.forEach((id, hash) -> getEntityManager()
                .createNativeQuery("update elder set id_number_hash = ?2 where id = ?1 and id_number_hash is null")
                .setParameter(1, id).setParameter(2, hash).executeUpdate());
    }
}
