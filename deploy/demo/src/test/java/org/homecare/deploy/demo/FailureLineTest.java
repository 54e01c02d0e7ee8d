package org.homecare.deploy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

class FailureLineTest {

    @Test
    void a_refused_connection_reads_as_what_was_asked_and_why() {
        ConnectException refused = new ConnectException();
        refused.initCause(new ClosedChannelException());
        IllegalStateException failure = new IllegalStateException("voucher-service does not answer",
                new UncheckedIOException("GET http://localhost:8083/q/health/ready: no answer (ConnectException)",
                        refused));

        assertEquals("voucher-service does not answer: GET http://localhost:8083/q/health/ready: no answer "
                + "(ConnectException)", FailureLine.of(failure));
    }

    @Test
    void a_cause_the_message_already_repeats_is_said_once() {
        IllegalStateException failure = new IllegalStateException("wrapped: For input string: \"abc\"",
                new NumberFormatException("For input string: \"abc\""));

        assertEquals("wrapped: For input string: \"abc\"", FailureLine.of(failure));
    }

    @Test
    void a_failure_without_any_message_is_named_by_its_kind() {
        assertEquals("ConnectException", FailureLine.of(new ConnectException()));
    }

    @Test
    void a_multi_line_message_becomes_one_line() {
        assertEquals("HTTP 500: first second", FailureLine.of(new IllegalStateException("HTTP 500: first\n  second")));
    }
}
