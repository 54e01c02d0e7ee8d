package org.homecare.deploy.stack;

import java.util.List;

/** One line per component: healthy, running (not answering), DIED or stopped; pid, port, log and why. */
final class StackStatus {

    private final StackFiles files;

    StackStatus(StackFiles files) {
        this.files = files;
    }

    /** @return 0 if everything runs and answers, 3 otherwise (like an LSB status action) */
    int print() {
        List<ComponentStatus> statuses = new ComponentProbe(files).inspectAll();
        System.out.printf("%-20s %-8s %8s %6s  %s%n", "COMPONENT", "STATE", "PID", "PORT", "LOG");
        for (ComponentStatus status : statuses) {
            System.out.printf("%-20s %-8s %8s %6d  %s%s%n", status.component().id(), status.label(),
                    status.pid().map(String::valueOf).orElse("-"), status.port(),
                    files.display(files.log(status.component())),
                    status.note().isEmpty() ? "" : "  (" + status.note() + ")");
        }
        List<ComponentStatus> died = statuses.stream().filter(ComponentStatus::died).toList();
        if (!died.isEmpty()) {
            System.out.println("\ndeploy/stack up starts again what died; deploy/stack restart NAME restarts one component.");
        }
        return statuses.stream().allMatch(s -> s.running() && s.healthy()) ? 0 : 3;
    }
}
