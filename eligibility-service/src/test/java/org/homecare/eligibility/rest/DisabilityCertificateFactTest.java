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
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.EligibilityTopic;
import org.homecare.eligibility.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The disability certificate (残疾人证) a caseworker records: checked against its holder, effective-dated, ended by
 * {@code null}, and personal data shown, audited and published only masked.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class DisabilityCertificateFactTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Certificate numbers used by a test: none may be logged. */
    private final List<String> numbers = new ArrayList<>();
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
    void noNumberWasLogged() {
        Logger.getLogger("").removeHandler(capture);
        synchronized (logged) {
            assertThat(logged).noneMatch(line -> numbers.stream().anyMatch(line::contains));
        }
    }

    @Test
    void a_certificate_recorded_at_registration_shows_in_clear_to_caseworker_and_city_admin_masked_to_the_auditor() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1950, 3, 14), "340102", "ALONE", "NONE");
        String idNumber = (String) body.get("idNumber");
        String number = number(idNumber, "42");
        body.put("disabilityCertificate", Map.of("category", "PHYSICAL", "grade", 2, "number", number));

        UUID elder = UUID.fromString(Elders.post(body).then().statusCode(201)
                .body("disabilityCertificate.category", equalTo("PHYSICAL"))
                .body("disabilityCertificate.grade", equalTo(2))
                .body("disabilityCertificate.number", equalTo(number)).extract().path("id"));

        given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("disabilityCertificate.number", equalTo(number));
        String masked = ResidentIdNumber.mask(idNumber) + "42";
        String view = given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/elders/" + elder).then()
                .statusCode(200).body("disabilityCertificate.number", equalTo(masked))
                .body("disabilityCertificate.grade", equalTo(2))
                .body("idNumber", equalTo(ResidentIdNumber.mask(idNumber)))
                .extract().asString();
        assertThat(view).doesNotContain(number).doesNotContain(idNumber);
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/elders/" + elder + "/history").then()
                .statusCode(200).body("facts.find { it.fact == 'DISABILITY_CERTIFICATE' }.value",
                        equalTo("PHYSICAL:2:" + masked));
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder + "/history").then()
                .statusCode(200).body("facts.find { it.fact == 'DISABILITY_CERTIFICATE' }.value",
                        equalTo("PHYSICAL:2:" + number));
    }

    @Test
    void a_fact_change_records_a_certificate_from_its_date_leaving_it_out_keeps_it_and_null_ends_it() {
        LocalDate today = clock.today();
        Map<String, Object> body = Elders.registration(LocalDate.of(1948, 7, 1), "340103", "WITH_FAMILY", "NONE");
        String number = number((String) body.get("idNumber"), "23");
        UUID elder = register(body);

        // a certificate may date from before the registration: it was issued when it was
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.minusDays(10).toString(), "disabilityCertificate",
                Map.of("category", "HEARING", "grade", 3, "number", number))).then().statusCode(200)
                .body("disabilityCertificate.category", equalTo("HEARING"))
                .body("disabilityCertificate.grade", equalTo(3));
        Elders.eligibility(elder).then().statusCode(200).body("facts.disabilityCategory", equalTo("HEARING"))
                .body("facts.disabilityGrade", equalTo(3));
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "incomeStatus", "DIBAO")).then()
                .statusCode(200).body("disabilityCertificate.grade", equalTo(3));
        Map<String, Object> ends = new HashMap<>();
        ends.put("effectiveFrom", today.plusDays(1).toString());
        ends.put("disabilityCertificate", null);
        Elders.patchFacts(elder, ends).then().statusCode(200).body("disabilityCertificate.grade", equalTo(3));

        String caseworker = Tokens.forUser("caseworker");
        given().auth().oauth2(caseworker).queryParam("on", today.minusDays(11).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200).body("disabilityCertificate", nullValue());
        given().auth().oauth2(caseworker).queryParam("on", today.minusDays(10).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200).body("disabilityCertificate.grade", equalTo(3));
        given().auth().oauth2(caseworker).queryParam("on", today.plusDays(1).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200).body("disabilityCertificate", nullValue());
        given().auth().oauth2(caseworker).get("/api/v1/elders/" + elder + "/history").then().statusCode(200)
                .body("facts.findAll { it.fact == 'DISABILITY_CERTIFICATE' }.value",
                        org.hamcrest.Matchers.contains("HEARING:3:" + number, "NONE"));
    }

    @Test
    void a_certificate_of_the_wrong_shape_holder_or_digits_is_400_naming_the_field_and_stores_nothing() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1951, 1, 9), "340104", "ALONE", "NONE");
        String own = (String) body.get("idNumber");
        UUID elder = register(body);
        String other = IdNumbers.bornOn(LocalDate.of(1951, 1, 9));
        String badCheck = own.substring(0, 17) + (own.charAt(17) == '1' ? '2' : '1');
        List<Case> cases = List.of(
                new Case(Map.of("category", "PHYSICAL", "grade", 2, "number", own + "4"),
                        "disabilityCertificate.number", "must have 20 characters"),
                new Case(Map.of("category", "PHYSICAL", "grade", 2, "number", own + "42B1"),
                        "disabilityCertificate.number", "must have 20 characters"),
                new Case(Map.of("category", "PHYSICAL", "grade", 2, "number", other + "42"),
                        "disabilityCertificate.number", "must be the holder's own identity number"),
                new Case(Map.of("category", "PHYSICAL", "grade", 2, "number", badCheck + "42"),
                        "disabilityCertificate.number", "the check character does not match"),
                new Case(Map.of("category", "PHYSICAL", "grade", 2, "number", own + "43"),
                        "disabilityCertificate.number", "character 20 must be 2, the grade"),
                new Case(Map.of("category", "PHYSICAL", "grade", 2, "number", own + "12"),
                        "disabilityCertificate.number", "character 19 must be 4, the digit of category PHYSICAL"),
                new Case(Map.of("category", "PHYSICAL", "grade", 5, "number", own + "45"),
                        "disabilityCertificate.grade", "must be 1-4"),
                new Case(Map.of("category", "PHYSICAL", "grade", 0, "number", own + "40"),
                        "disabilityCertificate.grade", "must be 1-4"),
                new Case(Map.of("grade", 2, "number", own + "42"), "disabilityCertificate.category", "is required"),
                new Case(Map.of("category", "PHYSICAL", "grade", 2), "disabilityCertificate.number", "is required"),
                new Case(Map.of("category", "BLIND", "grade", 2, "number", own + "12"),
                        "disabilityCertificate.category", "cannot read"));
        long facts = countFacts(elder);

        for (Case c : cases) {
            String answer = Elders.patchFacts(elder, Map.of("effectiveFrom", clock.today().toString(),
                    "disabilityCertificate", c.certificate())).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(c.field()))
                    .body("errors.find { it.field == '" + c.field() + "' }.message",
                            org.hamcrest.Matchers.containsString(c.message()))
                    .extract().asString();
            assertThat(answer).as(c.toString()).doesNotContain(own.substring(6, 14));
        }

        assertThat(countFacts(elder)).isEqualTo(facts);
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("disabilityCertificate", nullValue());
    }

    @Test
    void a_registration_with_another_holders_certificate_is_400_and_registers_nothing() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1949, 12, 1), "340111", "ALONE", "DIBAO");
        String other = IdNumbers.bornOn(LocalDate.of(1949, 12, 1));
        body.put("disabilityCertificate", Map.of("category", "VISUAL", "grade", 1, "number", other + "11"));
        long before = countElders();

        Elders.post(body).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("disabilityCertificate.number"));

        assertThat(countElders()).isEqualTo(before);
    }

    @Test
    void audit_records_and_events_hold_the_certificate_number_masked_or_not_at_all() {
        LocalDate today = clock.today();
        Map<String, Object> body = Elders.registration(today.minusYears(91), "340102", "WITH_FAMILY", "NONE");
        String idNumber = (String) body.get("idNumber");
        String first = number(idNumber, "33");
        String second = number(idNumber, "31");
        body.put("disabilityCertificate", Map.of("category", "SPEECH", "grade", 3, "number", first));
        UUID elder = register(body);
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "disabilityCertificate",
                Map.of("category", "SPEECH", "grade", 1, "number", second.toLowerCase()))).then().statusCode(200)
                .body("disabilityCertificate.number", equalTo(second));
        Map<String, Object> ends = new HashMap<>();
        ends.put("effectiveFrom", today.toString());
        ends.put("disabilityCertificate", null);
        Elders.patchFacts(elder, ends).then().statusCode(200).body("disabilityCertificate", nullValue());

        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select action, coalesce(before_state, '') || coalesce(after_state, '') from audit_record"
                        + " where object_id = ?1")
                .setParameter(1, elder.toString()).getResultList());
        assertThat(rows).extracting(r -> (String) r[0]).contains("ELDER_REGISTERED", "FACTS_CHANGED");
        assertThat(rows).allSatisfy(r -> assertThat((String) r[1]).as((String) r[0]).doesNotContain(first)
                .doesNotContain(second).doesNotContain(idNumber));
        String masked = ResidentIdNumber.mask(idNumber);
        assertThat(rows).filteredOn(r -> r[0].equals("ELDER_REGISTERED")).singleElement()
                .satisfies(r -> assertThat((String) r[1]).contains("SPEECH:3:" + masked + "33"));
        assertThat(rows).filteredOn(r -> r[0].equals("FACTS_CHANGED")).hasSize(2)
                .anySatisfy(r -> assertThat((String) r[1]).contains("SPEECH:1:" + masked + "31"));

        List<EventEnvelope> events = EligibilityTopic.eventsOf(bootstrapServers, Set.of(elder), Duration.ofSeconds(10));
        assertThat(events).extracting(EventEnvelope::type).contains("EligibilityGranted");
        assertThat(events).allSatisfy(e -> assertThat(EventCodec.encode(e)).doesNotContain(idNumber.substring(6, 14))
                .doesNotContainIgnoringCase("disability"));
    }

    private record Case(Map<String, Object> certificate, String field, String message) {
    }

    /** The certificate number of {@code idNumber} with the category and grade digits, remembered as not loggable. */
    private String number(String idNumber, String digits) {
        String number = idNumber + digits;
        numbers.add(number);
        return number;
    }

    private static UUID register(Map<String, Object> body) {
        return UUID.fromString(Elders.post(body).then().statusCode(201).extract().path("id"));
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
