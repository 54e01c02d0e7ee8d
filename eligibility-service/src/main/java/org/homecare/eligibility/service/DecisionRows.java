package org.homecare.eligibility.service;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.homecare.contracts.ids.TimeOrderedIds;
import org.homecare.eligibility.domain.Decision;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.ElderFacts;
import org.homecare.eligibility.domain.ServiceCategory;

/**
 * Decision rows streamed into one {@code COPY} per batch (PostgreSQL's text format, built here). A first
 * re-certification stores a row for every elder: COPY costs PostgreSQL less than a batched INSERT of the same rows,
 * needs no per-value binding in the driver, and, sent in chunks while the batch is still being evaluated, lets
 * PostgreSQL store rows on one core while the evaluation goes on on the other. Nothing else may use the connection
 * between the first {@link #add} and {@link #finish}.
 */
final class DecisionRows implements AutoCloseable {

    private static final String COPY = """
            copy eligibility_decision (id, elder_id, decided_at, as_of, effective_from, eligible, monthly_amount_fen,
                categories, policy_id, policy_version, district_code, matched_rules, explanation, facts, outcome_change,
                revoke_reason, decision_trigger, decided_by, run_id) from stdin""";
    /** Characters buffered before they are sent: a few dozen rows. */
    private static final int CHUNK = 32 * 1024;

    private final Connection connection;
    private final StringBuilder rows = new StringBuilder(CHUNK + 4096);
    private final String decidedAt;
    private final DecisionTrigger trigger;
    private final String actor;
    private final String runId;
    private CopyIn copy;

    DecisionRows(Connection connection, OffsetDateTime decidedAt, DecisionTrigger trigger, String actor, UUID runId) {
        this.connection = connection;
        // PostgreSQL keeps microseconds
        this.decidedAt = decidedAt.truncatedTo(ChronoUnit.MICROS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        this.trigger = trigger;
        this.actor = actor;
        this.runId = runId == null ? null : runId.toString();
    }

    void add(UUID elderId, LocalDate asOf, LocalDate effectiveFrom, Decision decision, ElderFacts facts,
            String outcomeChange) throws SQLException {
        rows.append(TimeOrderedIds.next()).append('\t').append(elderId).append('\t').append(decidedAt).append('\t')
                .append(asOf).append('\t').append(effectiveFrom).append('\t').append(decision.eligible() ? 't' : 'f')
                .append('\t').append(decision.monthlyAmountFen()).append('\t');
        List<ServiceCategory> categories = decision.categories();
        for (int i = 0; i < categories.size(); i++) {
            rows.append(i == 0 ? "" : ",").append(categories.get(i).name());
        }
        rows.append('\t');
        value(decision.policyId() == null ? null : decision.policyId().toString());
        value(decision.policyVersion() == null ? null : decision.policyVersion().toString());
        value(decision.districtCode());
        int json = rows.length();
        DecisionJson.strings(rows, decision.matchedRules());
        escapeJsonFrom(json);
        json = rows.length();
        DecisionJson.explanation(rows, decision.explanation());
        escapeJsonFrom(json);
        json = rows.length();
        DecisionJson.factsUsed(rows, facts, asOf);
        escapeJsonFrom(json);
        value(outcomeChange);
        value(decision.revokeReason());
        value(trigger.name());
        value(actor);
        rows.append(runId == null ? "\\N" : runId).append('\n');
        if (rows.length() >= CHUNK) {
            send();
        }
    }

    /** Sends what is left and ends the COPY; PostgreSQL reports a rejected row here. */
    void finish() throws SQLException {
        if (rows.length() > 0) {
            send();
        }
        if (copy != null) {
            copy.endCopy();
            copy = null;
        }
    }

    /** Abandons an unfinished COPY (the transaction is rolled back anyway), so the connection is usable again. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void send() throws SQLException {
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        }
        byte[] chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(chunk, 0, chunk.length);
        rows.setLength(0);
    }

    /**
     * Ends a JSON column written straight into the rows. JSON text holds no raw tab, newline or carriage return (it
     * escapes them), so only the backslashes of its escapes need COPY's escaping, and they are rare.
     */
    private void escapeJsonFrom(int start) {
        if (rows.indexOf("\\", start) >= 0) {
            String json = rows.substring(start);
            rows.setLength(start);
            value(json);
        } else {
            rows.append('\t');
        }
    }

    /** A column and its tab, escaped for COPY's text format; null is {@code \N}. */
    private void value(String value) {
        if (value == null) {
            rows.append("\\N\t");
            return;
        }
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                rows.append(value, plain, i).append('\\')
                        .append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                plain = i + 1;
            }
        }
        rows.append(value, plain, value.length()).append('\t');
    }
}
