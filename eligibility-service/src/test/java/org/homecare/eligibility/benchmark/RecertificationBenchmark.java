package org.homecare.eligibility.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.eligibility.domain.RecertificationRun;
import org.homecare.eligibility.service.EligibilitySettings;
import org.homecare.eligibility.service.RecertificationService;
import org.homecare.eligibility.service.RecertificationWorker;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not part of the test suite (excluded in the pom); run on purpose, see the README:
 * {@code ./mvnw -pl eligibility-service verify -Dtest=RecertificationBenchmark -Dbenchmark.elders=100000
 * -D%test.homecare.eligibility.recertification-batch-size=2000} (the test profile's batches are tiny on purpose).
 * Seeds N elders with COPY, times a plain SELECT of the facts a re-certification reads, then two runs of
 * re-certification: the first decides everyone for the first time (grants publish events), the second changes
 * no outcome. Prints elders per second and the ratio to the plain scan; asserts only correctness, never time.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class RecertificationBenchmark {

    private static final String[] DISTRICTS = { "340102", "340103", "340104", "340111" };
    private static final String[] INCOME = { "DIBAO", "TEKUN", "LOW_INCOME", "ECONOMIC_HARDSHIP", "NONE", "NONE",
            "NONE", "NONE", "NONE", "NONE" };
    private static final String[] LIVING = { "WITH_FAMILY", "WITH_FAMILY", "WITH_FAMILY", "EMPTY_NEST", "ALONE",
            "CHILDLESS", "LOST_ONLY_CHILD" };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecertificationService recertification;

    @Inject
    RecertificationWorker worker;

    @Inject
    BusinessClock clock;

    @Inject
    EligibilitySettings settings;

    @Test
    void recertification_throughput_next_to_a_plain_scan() throws Exception {
        int n = Integer.getInteger("benchmark.elders", 100_000);
        LocalDate asOf = clock.today();
        worker.drain();

        long seedStart = System.nanoTime();
        seed(n);
        double seedSeconds = seconds(seedStart);
        long total = count("select count(*) from elder");

        long scanStart = System.nanoTime();
        long scanned = plainScan(asOf);
        double scanSeconds = seconds(scanStart);

        RunFigures first = run(asOf);
        RunFigures second = run(asOf);

        assertThat(scanned).isEqualTo(total);
        assertThat(first.run.evaluated()).isEqualTo(total);
        assertThat(second.run.evaluated()).isEqualTo(total);
        assertThat(second.run.unchanged()).as("a second run as of the same date changes nothing").isEqualTo(total);

        String report = String.format("""
                === eligibility re-certification benchmark (%d cores, batch %d) ===
                elders seeded (COPY)             : %,d in %.1f s
                plain SELECT of the same facts   : %,d elders in %.2f s = %,.0f elders/s
                re-certification, first decisions: %.2f s = %,.0f elders/s (granted %,d, unchanged %,d)
                re-certification, nothing changes: %.2f s = %,.0f elders/s (unchanged %,d)
                ratio unchanged run / plain scan : %.1f x
                """, Runtime.getRuntime().availableProcessors(), settings.recertificationBatchSize(),
                total, seedSeconds, scanned, scanSeconds, scanned / scanSeconds, first.seconds,
                total / first.seconds, first.run.granted(), first.run.unchanged(), second.seconds,
                total / second.seconds, second.run.unchanged(), second.seconds / scanSeconds);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-recertification.txt"), report + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private record RunFigures(RecertificationRun run, double seconds) {
    }

    private RunFigures run(LocalDate asOf) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> recertification.request(asOf, "benchmark").id());
        long start = System.nanoTime();
        worker.drain();
        double elapsed = seconds(start);
        return new RunFigures(recertification.find(id), elapsed);
    }

    /** The facts re-certification reads, for everyone, streamed and counted: the floor any evaluation pays. */
    private long plainScan(LocalDate asOf) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long elders = 0;
            long rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id, birth_date, date_of_death from elder order by id")) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1, UUID.class);
                        rs.getObject(2, LocalDate.class);
                        elders++;
                    }
                }
            }
            for (String sql : new String[] { """
                    select distinct on (elder_id, fact) elder_id, fact, fact_value from elder_fact
                    where effective_from <= ? order by elder_id, fact, effective_from desc, recorded_at desc""", """
                    select distinct on (elder_id) elder_id, level from elder_assessment where assessed_on <= ?
                    order by elder_id, assessed_on desc, recorded_at desc""" }) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(10_000);
                    statement.setObject(1, asOf);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1, UUID.class);
                            rs.getString(2);
                            rows++;
                        }
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    select distinct on (elder_id) elder_id, eligible, monthly_amount_fen, categories, district_code
                    from eligibility_decision order by elder_id, seq desc""")) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1, UUID.class);
                        rows++;
                    }
                }
            }
            connection.commit();
            assertThat(rows).isPositive();
            return elders;
        }
    }

    private void seed(int n) throws SQLException, IOException {
        Random random = new Random(42);
        LocalDate firstBirth = LocalDate.of(1926, 1, 1);
        String recordedAt = clock.now().toOffsetDateTime().toString();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int chunk = 50_000;
            for (int from = 0; from < n; from += chunk) {
                StringBuilder elders = new StringBuilder();
                StringBuilder facts = new StringBuilder();
                StringBuilder assessments = new StringBuilder();
                for (int i = from; i < Math.min(n, from + chunk); i++) {
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    LocalDate birth = firstBirth.plusDays(i % 14_600);
                    int pair = i / 14_600;
                    String first17 = "3401" + String.format("%02d", 10 + pair / 1000)
                            + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", pair % 1000);
                    String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
                    String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
                    // the district and street on the row, as registration writes them
                    elders.append(id).append('\t').append(idNumber).append('\t').append(birth).append('\t')
                            .append((first17.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE")
                            .append("\tbenchmark\t13800000000\t\\N\t").append(recordedAt).append("\tbenchmark\t")
                            .append(district).append("\t340102001\n");
                    fact(facts, id, "DISTRICT_CODE", district, recordedAt);
                    fact(facts, id, "STREET", "340102001", recordedAt);
                    fact(facts, id, "LOCAL_HUKOU", "true", recordedAt);
                    fact(facts, id, "LIVING_ARRANGEMENT", LIVING[random.nextInt(LIVING.length)], recordedAt);
                    fact(facts, id, "INCOME_STATUS", INCOME[random.nextInt(INCOME.length)], recordedAt);
                    if (random.nextInt(3) == 0) {
                        assessments.append(UUID.randomUUID()).append('\t').append(id).append('\t')
                                .append(random.nextInt(5)).append("\t2024-06-01\tbenchmark\t").append(recordedAt)
                                .append("\tbenchmark\n");
                    }
                }
                copy.copyIn("copy elder (id, id_number, birth_date, sex, name, phone, date_of_death, registered_at,"
                        + " registered_by, district_code, street) from stdin", new StringReader(elders.toString()));
                copy.copyIn("copy elder_fact (id, elder_id, fact, fact_value, effective_from, recorded_at,"
                        + " recorded_by) from stdin", new StringReader(facts.toString()));
                copy.copyIn("copy elder_assessment (id, elder_id, level, assessed_on, assessor, recorded_at,"
                        + " recorded_by) from stdin", new StringReader(assessments.toString()));
            }
            // the state autovacuum leaves data that has been there a while in (statistics, visibility map), so
            // neither the scan nor the runs depend on when autovacuum happens to get to the freshly copied rows
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze elder");
                statement.execute("vacuum analyze elder_fact");
                statement.execute("vacuum analyze elder_assessment");
            }
        }
    }

    private static void fact(StringBuilder out, UUID elder, String fact, String value, String recordedAt) {
        out.append(UUID.randomUUID()).append('\t').append(elder).append('\t').append(fact).append('\t').append(value)
                .append("\t2020-01-01\t").append(recordedAt).append("\tbenchmark\n");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
