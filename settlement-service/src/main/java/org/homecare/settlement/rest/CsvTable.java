package org.homecare.settlement.rest;

import java.util.List;

/**
 * RFC 4180 text, the one way this service writes CSV: a UTF-8 byte order mark (so a spreadsheet opens the Chinese
 * names right), a header row, then one row per record; fields with commas, quotes or line breaks are quoted, and a
 * text cell a spreadsheet would run as a formula (OWASP CSV injection) is defused.
 */
final class CsvTable {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** What a spreadsheet may read as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvTable() {
    }

    static String of(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        appendRow(out, header);
        rows.forEach(row -> appendRow(out, row));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<?> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(row.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a leading =, +, -, @, tab or carriage return may run as a formula: such text cells start with a tick (a
        // number's minus sign is no formula, and a tick would stop it being read as a number)
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
