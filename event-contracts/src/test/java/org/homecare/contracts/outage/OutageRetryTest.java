package org.homecare.contracts.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutageRetryTest {

    @AfterEach
    void running_again() {
        ApplicationStopping.set(false);
    }

    @Test
    void a_failure_of_the_event_itself_is_thrown_at_once_so_the_event_is_dead_lettered() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> OutageRetry.run("an event", () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("no such voucher");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_failure_while_the_service_stops_is_neither_thrown_nor_acknowledged() throws InterruptedException {
        ApplicationStopping.set(true);
        AtomicReference<String> outcome = new AtomicReference<>("running");
        Thread consumer = new Thread(() -> {
            try {
                OutageRetry.run("an event", () -> {
                    throw new IllegalStateException("EntityManagerFactory is closed");
                });
                outcome.set("returned: the event would be acknowledged");
            } catch (RuntimeException e) {
                outcome.set("threw: the event would be dead-lettered");
            }
        });
        consumer.setDaemon(true);
        consumer.start();
        consumer.join(1_500);
        consumer.interrupt();
        consumer.join(500);
        assertThat(consumer.isAlive()).isTrue();
        assertThat(outcome).hasValue("running");
    }
}
