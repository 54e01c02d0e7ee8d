package org.homecare.contracts.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Several events of one transaction in one outbox row. A batch of 100 service logs wrote 100 rows the relay then read
 * and deleted one by one, each leaving a dead tuple and index entry to vacuum: for a few thousand events a second that
 * was most of the outbox's cost in the database. In one row the events still commit with the change they describe
 * and are published in one Kafka transaction; each is still its own Kafka record.
 * <p>
 * The row's payload is one line per event, five tab-separated fields: id, topic, key, type and the event's JSON.
 * Compact JSON has no raw tab or line break (JSON escapes control characters inside strings), and neither may the
 * other fields: {@link #encode} refuses them rather than write a row that would be read back differently.
 */
final class EventBundle {

    /** One event in a bundle, as the relay publishes it. */
    record Entry(UUID id, String topic, String key, String type, String payload) {
    }

    private static final char FIELD = '\t';
    private static final char LINE = '\n';

    private EventBundle() {
    }

    static String encode(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a bundle holds at least one event");
        }
        StringBuilder text = new StringBuilder(entries.size() * 1024);
        for (Entry entry : entries) {
            text.append(entry.id()).append(FIELD);
            append(text, entry.topic(), "topic").append(FIELD);
            append(text, entry.key(), "key").append(FIELD);
            append(text, entry.type(), "type").append(FIELD);
            append(text, entry.payload(), "payload").append(LINE);
        }
        return text.toString();
    }

    static List<Entry> decode(String text) {
        List<Entry> entries = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf(LINE, at);
            if (end < 0) {
                throw new IllegalArgumentException("bundle line " + (entries.size() + 1) + " has no end");
            }
            String[] fields = new String[5];
            int from = at;
            for (int f = 0; f < 4; f++) {
                int tab = text.indexOf(FIELD, from);
                if (tab < 0 || tab > end) {
                    throw new IllegalArgumentException("bundle line " + (entries.size() + 1) + " has "
                            + (f + 1) + " of 5 fields");
                }
                fields[f] = text.substring(from, tab);
                from = tab + 1;
            }
            fields[4] = text.substring(from, end);
            entries.add(new Entry(UUID.fromString(fields[0]), fields[1], fields[2], fields[3], fields[4]));
            at = end + 1;
        }
        return entries;
    }

    /** {@code indexOf} rather than a loop over the characters: the JIT scans with vector instructions. */
    private static StringBuilder append(StringBuilder text, String field, String name) {
        if (field.indexOf(FIELD) >= 0 || field.indexOf(LINE) >= 0) {
            throw new IllegalArgumentException("an event's " + name + " contains a tab or a line break");
        }
        return text.append(field);
    }
}
