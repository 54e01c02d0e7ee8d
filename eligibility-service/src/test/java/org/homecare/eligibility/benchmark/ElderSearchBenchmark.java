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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.identity.PersonKey;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.eligibility.domain.ElderSummary;
import org.homecare.eligibility.service.ElderFinder;
import org.homecare.eligibility.service.ElderFinder.Filters;
import org.homecare.eligibility.service.PersonKeySettings;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not part of the test suite (excluded in the pom); run on purpose, see docs/benchmarks.md:
 * {@code ./mvnw -pl eligibility-service verify -Dtest=ElderSearchBenchmark -Dbenchmark.elders=1000000}. Seeds N
 * elders with COPY (and vacuums, as autovacuum would have by then), then times each kind of search (a page of 50 and its total, as the endpoint answers) next to a
 * plain SELECT by primary key of the same rows. Prints p50 and p99 of each; asserts only that the searches find
 * what the seed put there, never time.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ElderSearchBenchmark {

    private static final String[] DISTRICTS = { "340102", "340103", "340104", "340111", "340121", "340122",
            "340123" };
    /** The commonest surnames, commonest first, drawn with falling weights. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "秀英桂兰玉珍华芳建国明德志强文美丽春梅淑兰凤英金凤云海龙平红军永福荣生家宝淑珍素贞";
    private static final String[] STREETS = { "明光路街道", "大通路街道", "三孝口街道", "亳州路街道", "琥珀街道",
            "稻香村街道", "芜湖路街道", "包公街道" };
    private static final int ROUNDS = 300;
    private static final int PAGE = 50;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ElderFinder finder;

    @Inject
    PersonKeySettings keySettings;

    private record Kind(String name, Function<Random, Filters> filters, DistrictScope scope) {
    }

    @Test
    void each_kind_of_search_next_to_a_plain_select_of_the_same_rows() throws Exception {
        int n = Integer.getInteger("benchmark.elders", 100_000);
        long seedStart = System.nanoTime();
        List<String> numbers = seed(n);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        DistrictScope yaohai = DistrictScope.of(Set.of("340102"));
        DistrictScope hefei = DistrictScope.of(Set.of(DISTRICTS));
        List<Kind> kinds = List.of(
                new Kind("identity number (keyed hash)", r -> filters(Optional.of(numbers.get(r.nextInt(
                        numbers.size()))), null, null, null, null), DistrictScope.CITY_WIDE),
                new Kind("name prefix, 1 character, city", r -> filters(Optional.empty(), surname(r), null, null,
                        null), DistrictScope.CITY_WIDE),
                new Kind("name prefix, 2 characters, district", r -> filters(Optional.empty(), surname(r)
                        + given(r), null, null, null), yaohai),
                new Kind("name prefix, 1 character, 7 districts", r -> filters(Optional.empty(), surname(r), null,
                        null, null), hefei),
                new Kind("district, page 0", r -> filters(Optional.empty(), null, "340102", null, null), yaohai),
                new Kind("district + street prefix", r -> filters(Optional.empty(), null, "340102",
                        STREETS[r.nextInt(STREETS.length)], null), yaohai),
                new Kind("district + eligible", r -> filters(Optional.empty(), null, "340102", null, r.nextBoolean()),
                        yaohai));

        StringBuilder report = new StringBuilder(String.format("""
                === elder search benchmark (%d cores, %,d elders, page of %d, %d rounds a kind) ===
                elders seeded (COPY): %,d in %.1f s
                %-40s %10s %10s %12s %12s %8s
                """, Runtime.getRuntime().availableProcessors(), n, PAGE, ROUNDS, n, seedSeconds, "kind",
                "search p50", "search p99", "plain p50", "plain p99", "p99 x"));
        for (Kind kind : kinds) {
            report.append(measure(kind)).append('\n');
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-elder-search.txt"), report + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private String measure(Kind kind) throws SQLException {
        Random random = new Random(kind.name().hashCode());
        long[] search = new long[ROUNDS];
        long[] plain = new long[ROUNDS];
        long found = 0;
        for (int round = -20; round < ROUNDS; round++) {
            Filters filters = kind.filters().apply(random);
            long start = System.nanoTime();
            Paged<ElderSummary> page = QuarkusTransaction.requiringNew()
                    .call(() -> finder.find(filters, kind.scope(), new PageRequest(0, PAGE)));
            long searched = System.nanoTime() - start;
            UUID[] ids = page.items().stream().map(ElderSummary::id).toArray(UUID[]::new);
            start = System.nanoTime();
            int rows = plainSelect(ids);
            long selected = System.nanoTime() - start;
            assertThat(rows).isEqualTo(ids.length);
            if (round >= 0) {
                search[round] = searched;
                plain[round] = selected;
                found += page.items().size();
            }
        }
        assertThat(found).as(kind.name() + " finds elders").isPositive();
        Arrays.sort(search);
        Arrays.sort(plain);
        return String.format("%-40s %8.2f ms %8.2f ms %10.2f ms %10.2f ms %7.1f x", kind.name(), ms(search, 50),
                ms(search, 99), ms(plain, 50), ms(plain, 99), ms(search, 99) / ms(plain, 99));
    }

    /** The baseline: the same rows by primary key, the cheapest indexed read there is. */
    private int plainSelect(UUID[] ids) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("""
                        select id, id_number, name, phone, birth_date, sex, district_code, street, eligible,
                               date_of_death, voucher_id, voucher_card_number, registered_at
                        from elder where id = any(?)""")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                    rows++;
                }
            }
            return rows;
        }
    }

    private static Filters filters(Optional<String> idNumber, String name, String district, String street,
            Boolean eligible) {
        return new Filters(idNumber, Optional.ofNullable(name), Optional.ofNullable(district),
                Optional.ofNullable(street), Optional.ofNullable(eligible));
    }

    /** Commoner surnames more often: the square of a uniform draw favours the front of the list. */
    private static String surname(Random random) {
        double u = random.nextDouble();
        return String.valueOf(SURNAMES.charAt((int) (u * u * SURNAMES.length())));
    }

    private static String given(Random random) {
        return String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    /** @return the identity numbers seeded, for the exact-number searches */
    private List<String> seed(int n) throws SQLException, IOException {
        Random random = new Random(42);
        PersonKey key = new PersonKey(keySettings.secret());
        List<String> numbers = new ArrayList<>(n);
        LocalDate firstBirth = LocalDate.of(1926, 1, 1);
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < n; i++) {
                // district, birth date and sequence number from i, so that no two numbers are alike
                int perDistrict = i / DISTRICTS.length;
                LocalDate birth = firstBirth.plusDays((perDistrict / 1000) * 97L % (365 * 40));
                String first17 = DISTRICTS[i % DISTRICTS.length] + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", perDistrict % 1000);
                String number = first17 + ResidentIdNumber.checkCharacter(first17);
                ResidentIdNumber parsed = ResidentIdNumber.parse(number).number().orElse(null);
                if (parsed == null) {
                    continue;
                }
                numbers.add(number);
                String name = surname(random) + given(random) + (random.nextBoolean() ? given(random) : "");
                rows.append(UUID.randomUUID()).append('\t').append(number).append('\t').append(birth).append('\t')
                        .append(parsed.sex().name()).append('\t').append(name).append("\t1381234").append(
                                String.format("%04d", i % 10_000))
                        .append("\t2026-01-01T00:00:00+08:00\tbenchmark\t").append(key.of(parsed)).append('\t')
                        .append(DISTRICTS[i % DISTRICTS.length]).append('\t')
                        .append(STREETS[random.nextInt(STREETS.length)]).append(random.nextInt(300)).append("号\t")
                        .append(random.nextInt(3) > 0).append('\n');
                if (rows.length() > (1 << 20)) {
                    flush(copy, rows);
                }
            }
            flush(copy, rows);
            // as autovacuum would have by the time a million elders are registered: statistics and a visibility map,
            // without which no count is an index-only scan
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze elder");
            }
        }
        return numbers;
    }

    private static void flush(CopyManager copy, StringBuilder rows) throws SQLException, IOException {
        copy.copyIn("""
                copy elder (id, id_number, birth_date, sex, name, phone, registered_at, registered_by,
                            id_number_hash, district_code, street, eligible) from stdin""",
                new StringReader(rows.toString()));
        rows.setLength(0);
    }
}
