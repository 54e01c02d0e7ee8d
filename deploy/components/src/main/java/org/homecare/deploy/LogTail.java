package org.homecare.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a component's log, for error messages. */
public final class LogTail {

    private LogTail() {
    }

    public static String of(Path logFile, int lines) {
        if (logFile == null || !Files.isRegularFile(logFile)) {
            return "(no log at " + logFile + ")";
        }
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return "--- last " + tail.size() + " lines of " + logFile + " ---\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }
}
