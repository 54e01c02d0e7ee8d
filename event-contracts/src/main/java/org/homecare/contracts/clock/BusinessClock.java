package org.homecare.contracts.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one source of "now" for business rules, in Asia/Shanghai. In prod it is the system clock; where
 * {@code homecare.clock.adjustable} is on (dev, test, local stack) a city-admin may move it forward so a month can be
 * played through.
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock system;
    private final boolean adjustable;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject
    public BusinessClock(ClockSettings settings) {
        this(Clock.systemUTC(), settings.adjustable());
    }

    public BusinessClock(Clock system, boolean adjustable) {
        this.system = system;
        this.adjustable = adjustable;
    }

    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    public ZonedDateTime now() {
        return instant().atZone(ZONE);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** The settlement period (calendar month in Asia/Shanghai) that contains now. */
    public YearMonth currentPeriod() {
        return YearMonth.from(now());
    }

    public boolean adjustable() {
        return adjustable;
    }

    /**
     * Moves business time to {@code target}. Never backwards: events already stamped and periods already closed must
     * stay in the past.
     */
    public Instant moveTo(Instant target) {
        if (!adjustable) {
            throw new IllegalStateException("the business clock is fixed to the system clock in this profile");
        }
        Duration updated = offset.updateAndGet(current -> {
            Instant now = system.instant().plus(current);
            if (target.isBefore(now)) {
                throw new ClockMovedBackwardsException(now, target);
            }
            return Duration.between(system.instant(), target);
        });
        return system.instant().plus(updated);
    }
}
