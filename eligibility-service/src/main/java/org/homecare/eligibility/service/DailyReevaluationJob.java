package org.homecare.eligibility.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.contracts.clock.BusinessClock;

import io.quarkus.scheduler.Scheduled;

/** Runs {@link DailyReevaluation} for every day up to today not yet done (after downtime or a clock move). */
@ApplicationScoped
public class DailyReevaluationJob {

    private final DailyReevaluation daily;
    private final BusinessClock clock;

    public DailyReevaluationJob(DailyReevaluation daily, BusinessClock clock) {
        this.daily = daily;
        this.clock = clock;
    }

    @Scheduled(cron = "${homecare.eligibility.daily-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        catchUp();
    }

    public void catchUp() {
        LocalDate today = clock.today();
        for (LocalDate day = daily.firstPendingDay(); !day.isAfter(today); day = day.plusDays(1)) {
            daily.run(day);
        }
    }
}
