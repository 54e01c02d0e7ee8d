package org.homecare.eligibility.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.homecare.contracts.bulk.Columns;
import org.homecare.contracts.bulk.TextCopy;
import org.homecare.contracts.ids.TimeOrderedIds;
import org.homecare.eligibility.domain.Decision;
import org.homecare.eligibility.domain.DecisionJson;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.ElderFacts;
import org.homecare.eligibility.domain.ServiceCategory;

import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.Column.written;
import static org.homecare.contracts.bulk.PgType.BOOL;
import static org.homecare.contracts.bulk.PgType.DATE;
import static org.homecare.contracts.bulk.PgType.INT4;
import static org.homecare.contracts.bulk.PgType.INT8;
import static org.homecare.contracts.bulk.PgType.JSONB;
import static org.homecare.contracts.bulk.PgType.TEXT;
import static org.homecare.contracts.bulk.PgType.TIMESTAMPTZ;
import static org.homecare.contracts.bulk.PgType.UUID;

/**
 * Decision rows streamed into one text {@code COPY} per batch. A first re-certification stores a row for every elder:
 * COPY costs PostgreSQL less than a batched INSERT of the same rows, needs no per-value binding in the driver, and,
 * sent in chunks while the batch is still being evaluated, lets PostgreSQL store rows on one core while the evaluation
 * goes on on the other. Nothing else may use the connection between the first {@link #add} and {@link #finish}.
 */
public final class DecisionRows implements AutoCloseable {

    /** One elder's decision, as {@link #add} receives it. */
    private record Row(java.util.UUID elderId, LocalDate asOf, LocalDate effectiveFrom, Decision decision,
            ElderFacts facts, String outcomeChange) {
    }

    /** Characters buffered before they are sent: a few dozen rows. */
    private static final int CHUNK = 32 * 1024;

    private final TextCopy<Row> copy;

    DecisionRows(Connection connection, OffsetDateTime decidedAt, DecisionTrigger trigger, String actor,
            java.util.UUID runId) {
        // PostgreSQL keeps microseconds
        String decided = decidedAt.truncatedTo(ChronoUnit.MICROS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // the JSON texts are written straight into the COPY buffer, not built as strings first
        Columns<Row> columns = Columns.of(
                column("id", UUID, r -> TimeOrderedIds.next()),
                column("elder_id", UUID, Row::elderId),
                column("decided_at", TIMESTAMPTZ, r -> decided),
                column("as_of", DATE, Row::asOf),
                column("effective_from", DATE, Row::effectiveFrom),
                column("eligible", BOOL, r -> r.decision().eligible()),
                column("monthly_amount_fen", INT8, r -> r.decision().monthlyAmountFen()),
                written("categories", TEXT, (out, r) -> categories(out, r.decision().categories())),
                column("policy_id", UUID, r -> r.decision().policyId()),
                column("policy_version", INT4, r -> r.decision().policyVersion()),
                column("district_code", TEXT, r -> r.decision().districtCode()),
                column("home_cell", TEXT, r -> r.decision().homeCell()),
                written("matched_rules", JSONB, (out, r) -> DecisionJson.strings(out, r.decision().matchedRules())),
                written("explanation", JSONB, (out, r) -> DecisionJson.explanation(out, r.decision().explanation())),
                written("facts", JSONB, (out, r) -> DecisionJson.factsUsed(out, r.facts(), r.asOf())),
                column("outcome_change", TEXT, Row::outcomeChange),
                column("revoke_reason", TEXT, r -> r.decision().revokeReason()),
                column("decision_trigger", TEXT, r -> trigger.name()),
                column("decided_by", TEXT, r -> actor),
                column("run_id", UUID, r -> runId));
        this.copy = columns.textCopy(connection, "eligibility_decision", CHUNK);
    }

    public void add(java.util.UUID elderId, LocalDate asOf, LocalDate effectiveFrom, Decision decision,
            ElderFacts facts, String outcomeChange) throws SQLException {
        copy.add(new Row(elderId, asOf, effectiveFrom, decision, facts, outcomeChange));
    }

    /** Sends what is left and ends the COPY; PostgreSQL reports a rejected row here. */
    public void finish() throws SQLException {
        copy.finish();
    }

    /** Abandons an unfinished COPY (the transaction is rolled back anyway), so the connection is usable again. */
    @Override
    public void close() throws SQLException {
        copy.close();
    }

    private static void categories(StringBuilder out, List<ServiceCategory> categories) {
        for (int i = 0; i < categories.size(); i++) {
            out.append(i == 0 ? "" : ",").append(categories.get(i).name());
        }
    }
}
