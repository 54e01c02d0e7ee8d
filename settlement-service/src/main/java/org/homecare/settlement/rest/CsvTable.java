package org.homecare.settlement.rest;

import java.util.List;

/** RFC 4180 text: a header row, then one row per record; fields with commas, quotes or line breaks are quoted. */
final class CsvTable {

    private CsvTable() {
    }

    static String of(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder();
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
        // a leading =, +, - or @ would run as a formula in a spreadsheet: quote such text cells with a tick
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
