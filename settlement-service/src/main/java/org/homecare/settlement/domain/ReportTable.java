package org.homecare.settlement.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report as columns and rows, so JSON and CSV are two renderings of the same figures. */
public record ReportTable(List<String> columns, List<List<Object>> rows, long total) {

    /** The rows as JSON objects, column name to value, in column order. */
    public List<Map<String, Object>> objects() {
        return rows.stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            return object;
        }).toList();
    }
}
