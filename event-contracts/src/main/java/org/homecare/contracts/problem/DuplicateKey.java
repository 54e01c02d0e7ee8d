package org.homecare.contracts.problem;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Reads the key out of the parse error that {@code STRICT_DUPLICATE_DETECTION} raises, with the path of the object
 * that holds it ({@code rules[0].conditions}), written as the other field errors write theirs.
 */
final class DuplicateKey {

    private static final String PREFIX = "Duplicate field '";

    /** The dotted path of the repeated key, or null when the error is about something else. */
    static String pathOf(JsonParseException exception) {
        String message = exception.getOriginalMessage();
        if (message == null || !message.startsWith(PREFIX) || !message.endsWith("'")) {
            return null;
        }
        String key = message.substring(PREFIX.length(), message.length() - 1);
        Deque<String> parts = new ArrayDeque<>();
        parts.push(key);
        JsonParser parser = exception.getProcessor();
        if (parser != null) {
            // the context is the object with the repeated key; its parents say where that object sits
            JsonStreamContext holder = parser.getParsingContext();
            for (JsonStreamContext c = holder == null ? null : holder.getParent(); c != null && !c.inRoot();
                    c = c.getParent()) {
                if (c.inArray()) {
                    parts.push("[" + c.getCurrentIndex() + "]");
                } else if (c.getCurrentName() != null) {
                    parts.push(c.getCurrentName());
                }
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    private DuplicateKey() {
    }
}
