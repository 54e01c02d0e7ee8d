package org.homecare.deploy.stack;

import java.util.Optional;

/** One line per component: running or not, pid, port, log. */
final class StackStatus {

    private final StackFiles files;

    StackStatus(StackFiles files) {
        this.files = files;
    }

    /** @return 0 if everything is running, 3 if some or all is stopped (like an LSB status action) */
    int print() {
        System.out.printf("%-20s %-8s %8s %6s  %s%n", "COMPONENT", "STATE", "PID", "PORT", "LOG");
        boolean allRunning = true;
        for (StackComponent component : StackComponent.values()) {
            Optional<ProcessHandle> process = files.liveProcess(component);
            allRunning &= process.isPresent();
            System.out.printf("%-20s %-8s %8s %6s  %s%n", component.id(),
                    process.isPresent() ? "running" : "stopped",
                    process.map(p -> String.valueOf(p.pid())).orElse("-"),
                    files.port(component).map(String::valueOf).orElse(String.valueOf(component.port().value())),
                    files.display(files.log(component)));
        }
        return allRunning ? 0 : 3;
    }
}
