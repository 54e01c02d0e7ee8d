package org.homecare.settlement.domain;

import java.util.List;

/** A report as columns and rows, so JSON and CSV are two renderings of the same figures. */
public record ReportTable(List<String> columns, List<List<Object>> rows, long total) {
}
