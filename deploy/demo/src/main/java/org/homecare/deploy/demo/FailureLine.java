package org.homecare.deploy.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception and its causes as one line, e.g. {@code GET http://localhost:8083/q/health/ready: no answer
 * (ConnectException)}: what someone running the demo needs, without the stack trace.
 */
final class FailureLine {

    private FailureLine() {
    }

    static String of(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() == null) {
                // a bare ConnectException says something only where nothing was said yet
                if (parts.isEmpty()) {
                    parts.add(t.getClass().getSimpleName());
                }
                continue;
            }
            String message = t.getMessage();
            // a wrapping exception usually repeats its cause's message
            if (parts.stream().noneMatch(part -> part.contains(message))) {
                parts.add(message);
            }
        }
        return String.join(": ", parts).replaceAll("\\s+", " ").trim();
    }
}
