package org.homecare.settlement.repository;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, a backslash and N for null, backslash escapes for the
 * characters that would end a field or a row. Values are written with {@code toString()} (instants as ISO 8601 in UTC,
 * which the server reads as timestamptz).
 */
final class CopyText {

    private CopyText() {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            field(out, values[i]);
        }
        out.append('\n');
    }

    static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
