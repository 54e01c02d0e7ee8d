package org.homecare.settlement.domain;

import java.util.UUID;

/** What a report covers: a period, and optionally one district and one provider. */
public record ReportFilter(String period, String district, UUID provider) {
}
