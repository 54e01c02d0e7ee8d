package org.homecare.eligibility.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The {@code daily_sweep} rows: one per day the daily re-evaluation has done. */
@ApplicationScoped
public class DailySweepRepository {

    private final EntityManager entityManager;

    public DailySweepRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the day: its row is the lock, so a second instance doing the same day waits here until the first
     * commits, then finds it taken.
     *
     * @return false when the day is done (or being done) already
     */
    public boolean claim(LocalDate day, OffsetDateTime doneAt) {
        return entityManager.createNativeQuery("""
                insert into daily_sweep (day, done_at, elders) values (?1, ?2, 0) on conflict (day) do nothing""")
                .setParameter(1, day).setParameter(2, doneAt).executeUpdate() > 0;
    }

    public void recordElders(LocalDate day, int elders) {
        entityManager.createNativeQuery("update daily_sweep set elders = ?1 where day = ?2")
                .setParameter(1, elders).setParameter(2, day).executeUpdate();
    }

    /** The last day done, if any. */
    public Optional<LocalDate> lastDay() {
        Object last = entityManager.createNativeQuery("select max(day) from daily_sweep").getSingleResult();
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(last instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) last);
    }
}
