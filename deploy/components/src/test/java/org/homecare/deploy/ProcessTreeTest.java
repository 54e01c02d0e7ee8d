package org.homecare.deploy;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessTreeTest {

    @Test
    void an_exited_process_not_yet_reaped_does_not_count_as_running() throws Exception {
        // sleep never reaps the child the shell left it, so that child stays a zombie.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.1 & exec sleep 20").start();
        try {
            ProcessHandle child = parent.toHandle().children().findFirst().orElseThrow();
            Thread.sleep(Duration.ofMillis(600).toMillis());

            assertTrue(child.isAlive(), "the JDK counts a zombie as alive");
            assertFalse(ProcessTree.isRunning(child));
            assertTrue(ProcessTree.isRunning(parent.toHandle()));
        } finally {
            parent.destroyForcibly();
        }
    }
}
