package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.geo.Geohash;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.EligibilityTopic;
import org.homecare.eligibility.service.DailyReevaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The home point a caseworker records travels, shows and is audited only as its geohash cell. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ElderHomeLocationTest {

    private static final String PROBLEM = "application/problem+json";
    // Hefei: two homes about 8 km apart, their cells worked out independently of Geohash
    private static final double LAT_A = 31.820613;
    private static final double LON_A = 117.227247;
    private static final String CELL_A = "wtem58f";
    private static final double LAT_B = 31.861274;
    private static final double LON_B = 117.283016;
    private static final String CELL_B = "wtemkb4";
    /** Text of the points as they would appear if printed: none may be found anywhere but the elder row. */
    private static final List<String> POINT_TEXTS = List.of("31.820613", "117.227247", "31.861274", "117.283016",
            "31.82061", "117.22724", "31.86127", "117.28301");

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    DailyReevaluation daily;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t);
            }
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void noPointWasLogged() {
        Logger.getLogger("").removeHandler(capture);
        synchronized (logged) {
            assertThat(logged).noneMatch(line -> POINT_TEXTS.stream().anyMatch(line::contains));
        }
    }

    @Test
    void a_registration_with_a_location_publishes_a_grant_with_its_home_cell_and_phone_never_the_point() {
        LocalDate today = clock.today();
        UUID elder = register(Elders.withHome(Elders.registration(today.minusYears(75), "340102", "ALONE", "DIBAO"),
                LAT_A, LON_A));

        List<EventEnvelope> events = EligibilityTopic.eventsOf(bootstrapServers, Set.of(elder), Duration.ofSeconds(10));

        assertThat(events).extracting(EventEnvelope::type).containsExactly("EligibilityGranted");
        EligibilityGranted granted = EventCodec.data(events.get(0), EligibilityGranted.class);
        assertThat(granted.homeCell()).isEqualTo(CELL_A).isEqualTo(Geohash.encode(LAT_A, LON_A, 7));
        assertThat(granted.contactPhone()).isEqualTo("13812345678");
        assertThat(EventCodec.encode(events.get(0))).doesNotContain(POINT_TEXTS).doesNotContain("atitude", "ongitude");
        assertThat(storedPoint(elder)).containsExactly(LAT_A, LON_A);
    }

    @Test
    void the_elder_view_shows_the_cell_to_every_role_and_never_the_point() {
        UUID elder = register(Elders.withHome(Elders.registration(LocalDate.of(1950, 5, 5), "340103", "ALONE",
                "NONE"), LAT_A, LON_A));

        for (String user : List.of("caseworker", "city-admin", "auditor")) {
            String view = given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/elders/" + elder).then()
                    .statusCode(200).body("homeCell", equalTo(CELL_A)).extract().asString();
            assertThat(view).as(user).doesNotContain(POINT_TEXTS).doesNotContain("atitude", "ongitude");
            String history = given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/elders/" + elder + "/history")
                    .then().statusCode(200).body("facts.find { it.fact == 'HOME_CELL' }.value", equalTo(CELL_A))
                    .extract().asString();
            assertThat(history).as(user).doesNotContain(POINT_TEXTS);
        }
        UUID without = Elders.register(LocalDate.of(1950, 5, 6), "340103", "ALONE", "NONE");
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + without).then().statusCode(200)
                .body("homeCell", nullValue());
    }

    @Test
    void a_move_with_a_new_location_publishes_a_change_with_the_new_cell_and_a_change_without_one_keeps_it() {
        LocalDate today = clock.today();
        UUID elder = register(Elders.withHome(Elders.registration(today.minusYears(80), "340102", "CHILDLESS",
                "NONE"), LAT_A, LON_A));

        Map<String, Object> move = new HashMap<>(Map.of("effectiveFrom", today.toString(), "districtCode", "340103",
                "street", "340103004"));
        Elders.patchFacts(elder, Elders.withHome(move, LAT_B, LON_B)).then().statusCode(200)
                .body("districtCode", equalTo("340103")).body("homeCell", equalTo(CELL_B));
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "street", "340103005")).then()
                .statusCode(200).body("homeCell", equalTo(CELL_B));
        Elders.patchFacts(elder, Elders.withHome(new HashMap<>(Map.of("effectiveFrom", today.toString())), LAT_A,
                LON_A)).then().statusCode(200).body("homeCell", equalTo(CELL_A));

        List<EventEnvelope> events = EligibilityTopic.eventsOf(bootstrapServers, Set.of(elder), Duration.ofSeconds(10));

        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly("EligibilityGranted", "EligibilityChanged", "EligibilityChanged");
        EligibilityChanged moved = EventCodec.data(events.get(1), EligibilityChanged.class);
        assertThat(moved.districtCode()).isEqualTo("340103");
        assertThat(moved.homeCell()).isEqualTo(CELL_B);
        assertThat(moved.contactPhone()).isEqualTo("13812345678");
        assertThat(moved.elderNameMasked()).isEqualTo("张*");
        assertThat(EventCodec.data(events.get(2), EligibilityChanged.class).homeCell()).isEqualTo(CELL_A);
        assertThat(events).allSatisfy(e -> assertThat(EventCodec.encode(e)).doesNotContain(POINT_TEXTS));
        assertThat(storedPoint(elder)).containsExactly(LAT_A, LON_A);
    }

    @Test
    void a_move_dated_ahead_keeps_the_cell_until_its_day_and_publishes_the_new_one_then() {
        LocalDate today = clock.today();
        LocalDate day = today.plusDays(33);
        UUID elder = register(Elders.withHome(Elders.registration(today.minusYears(92), "340104", "WITH_FAMILY",
                "NONE"), LAT_A, LON_A));

        Elders.patchFacts(elder, Elders.withHome(new HashMap<>(Map.of("effectiveFrom", day.toString())), LAT_B,
                LON_B)).then().statusCode(200).body("homeCell", equalTo(CELL_A));
        given().auth().oauth2(Tokens.forUser("caseworker")).queryParam("on", day.toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200).body("homeCell", equalTo(CELL_B));
        daily.run(day);

        List<EventEnvelope> events = EligibilityTopic.eventsOf(bootstrapServers, Set.of(elder), Duration.ofSeconds(10));
        assertThat(events).extracting(EventEnvelope::type).containsExactly("EligibilityGranted", "EligibilityChanged");
        EligibilityChanged changed = EventCodec.data(events.get(1), EligibilityChanged.class);
        assertThat(changed.homeCell()).isEqualTo(CELL_B);
        assertThat(changed.effectiveFrom()).isEqualTo(day);
    }

    @Test
    void audit_records_of_registration_and_facts_keep_the_cell_not_the_point() {
        LocalDate today = clock.today();
        UUID elder = register(Elders.withHome(Elders.registration(today.minusYears(71), "340111", "ALONE", "DIBAO"),
                LAT_A, LON_A));
        Elders.patchFacts(elder, Elders.withHome(new HashMap<>(Map.of("effectiveFrom", today.toString())), LAT_B,
                LON_B)).then().statusCode(200);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select action, coalesce(before_state, '') || coalesce(after_state, '') from audit_record"
                        + " where object_id = ?1")
                .setParameter(1, elder.toString()).getResultList());

        assertThat(rows).extracting(r -> (String) r[0]).contains("ELDER_REGISTERED", "FACTS_CHANGED",
                "ELIGIBILITY_GRANTED", "ELIGIBILITY_CHANGED");
        assertThat(rows).allSatisfy(r -> assertThat((String) r[1]).as((String) r[0]).doesNotContain(POINT_TEXTS)
                .doesNotContain("atitude", "ongitude"));
        assertThat(rows).filteredOn(r -> r[0].equals("ELDER_REGISTERED"))
                .singleElement().satisfies(r -> assertThat((String) r[1]).contains(CELL_A));
        assertThat(rows).filteredOn(r -> r[0].equals("FACTS_CHANGED"))
                .singleElement().satisfies(r -> assertThat((String) r[1]).contains(CELL_A).contains(CELL_B));
    }

    @Test
    void a_registration_with_half_a_location_or_one_out_of_range_or_not_a_number_is_400_and_stores_nothing() {
        List<Map.Entry<String, String>> cases = List.of(
                Map.entry("homeLongitude", body(Map.of("homeLatitude", LAT_A))),
                Map.entry("homeLatitude", body(Map.of("homeLongitude", LON_A))),
                Map.entry("homeLatitude", body(Map.of("homeLatitude", 91, "homeLongitude", LON_A))),
                Map.entry("homeLongitude", body(Map.of("homeLatitude", LAT_A, "homeLongitude", -180.5))),
                Map.entry("homeLatitude", body(Map.of("homeLatitude", "31.820613", "homeLongitude", LON_A))),
                Map.entry("homeLatitude", body(Map.of("homeLatitude", "NaN", "homeLongitude", LON_A))),
                Map.entry("homeLongitude", body(Map.of("homeLatitude", LAT_A, "homeLongitude", "-Infinity"))),
                // a number too large for a double reads as infinity
                Map.entry("homeLatitude", body(Map.of("homeLatitude", 1, "homeLongitude", LON_A))
                        .replace("\"homeLatitude\":1", "\"homeLatitude\":1e400")));
        long before = countElders();

        cases.forEach(c -> given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(c.getValue()).post("/api/v1/elders").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(c.getKey())));
        // not even valid JSON: the body is refused before any field is read
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(body(Map.of("homeLatitude", 1, "homeLongitude", LON_A)).replace("\"homeLatitude\":1",
                        "\"homeLatitude\":NaN"))
                .post("/api/v1/elders").then().statusCode(400).contentType(PROBLEM);

        assertThat(countElders()).isEqualTo(before);
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(body(Map.of("homeLatitude", 91, "homeLongitude", LON_A))).post("/api/v1/elders").then()
                .statusCode(400).body("errors[0].message", equalTo("must be a finite number from -90 to 90 (degrees north)"));
    }

    @Test
    void a_fact_change_with_half_a_location_or_one_out_of_range_is_400_and_changes_nothing() {
        LocalDate today = clock.today();
        UUID elder = register(Elders.withHome(Elders.registration(today.minusYears(75), "340102", "ALONE", "DIBAO"),
                LAT_A, LON_A));
        long facts = countFacts(elder);
        String from = today.toString();

        Elders.patchFacts(elder, Map.of("effectiveFrom", from, "districtCode", "340103", "homeLatitude", LAT_B))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("homeLongitude"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", from, "homeLatitude", -90.01, "homeLongitude", LON_B))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("homeLatitude"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", from, "homeLatitude", LAT_B, "homeLongitude", "Infinity"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("homeLongitude"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", from, "homeLatitude", LAT_B, "homeLongitude", "117.28"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("homeLongitude"));

        assertThat(countFacts(elder)).isEqualTo(facts);
        assertThat(storedPoint(elder)).containsExactly(LAT_A, LON_A);
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("districtCode", equalTo("340102")).body("homeCell", equalTo(CELL_A));
    }

    private static UUID register(Map<String, Object> body) {
        return UUID.fromString(Elders.post(body).then().statusCode(201).extract().path("id"));
    }

    /** A valid registration with {@code home} in place of any location, as JSON text. */
    private static String body(Map<String, Object> home) {
        Map<String, Object> body = Elders.registration(LocalDate.of(1949, 9, 9), "340102", "ALONE", "DIBAO");
        body.putAll(home);
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Double> storedPoint(UUID elder) {
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select home_latitude, home_longitude from elder where id = ?1").setParameter(1, elder)
                .getSingleResult());
        return java.util.Arrays.stream(row).map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    private long countElders() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from elder").getSingleResult()).longValue());
    }

    private long countFacts(UUID elder) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from elder_fact where elder_id = ?1").setParameter(1, elder)
                .getSingleResult()).longValue());
    }
}
