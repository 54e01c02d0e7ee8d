package org.homecare.deploy.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ComponentStatusTest {

    @TempDir
    Path directory;

    @Test
    void status_reports_a_service_died_when_its_recorded_process_is_gone_and_stopped_once_cleared()
            throws Exception {
        StackFiles files = new StackFiles(directory, directory.resolve(".local"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        files.recordStarted(StackComponent.VOUCHER, gone.pid(), new StackPorts.Assigned(28083, 0));

        ComponentStatus died = new ComponentProbe(files).inspect(StackComponent.VOUCHER);
        assertEquals(ComponentStatus.State.DIED, died.state());
        assertEquals(Optional.of(gone.pid()), died.pid());
        assertEquals(28083, died.port());

        new StackDown(files).stop(StackComponent.VOUCHER);

        assertEquals(ComponentStatus.State.STOPPED, new ComponentProbe(files).inspect(StackComponent.VOUCHER).state());
        assertFalse(files.hasRecord(StackComponent.VOUCHER));
    }

    @Test
    void restart_uses_the_ports_the_component_last_ran_on() {
        StackFiles files = new StackFiles(directory, directory.resolve(".local"));
        files.recordStarted(StackComponent.KAFKA, ProcessHandle.current().pid(), new StackPorts.Assigned(29192, 29193));

        assertEquals(new StackPorts.Assigned(29192, 29193), new StackPorts(files).lastUsed(StackComponent.KAFKA));
    }
}
