package org.homecare.settlement.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.correction;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.heldOf;
import static org.homecare.settlement.TestEvents.onSameVoucher;
import static org.homecare.settlement.TestEvents.publish;
import static org.homecare.settlement.TestEvents.voidOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ServiceLogConsumptionTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void totals_reconcile_to_the_fen_after_duplicates_voids_and_out_of_order_delivery() {
        String period = "2024-02";
        UUID provider = UUID.randomUUID();
        List<ServiceLogAccepted> logs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            logs.add(accepted(provider, period, i % 3 == 0 ? "HK01" : i % 3 == 1 ? "HK02" : "MEAL01",
                    1_000 + 37L * i));
        }
        List<EventEnvelope> sent = new ArrayList<>();
        // logs 0-3: voided after their accept (log 0's void delivered twice)
        // logs 4-6: the void overtakes the accept
        // logs 7-11: the accept event delivered twice; logs 12-14: accepted again under a new event id
        for (int i = 4; i <= 6; i++) {
            sent.add(publish(voidOf(logs.get(i))));
        }
        for (ServiceLogAccepted log : logs) {
            sent.add(publish(log));
        }
        for (int i = 7; i <= 11; i++) {
            publish(sent.get(3 + i));
        }
        // an accept under a new id changes nothing, so it is recorded nowhere: a new log of the same voucher after it
        // (the same key, so the same partition, consumed after it) shows when it has been consumed
        List<ServiceLogAccepted> followers = new ArrayList<>();
        for (int i = 12; i <= 14; i++) {
            publish(logs.get(i));
            ServiceLogAccepted again = logs.get(i);
            ServiceLogAccepted follower = new ServiceLogAccepted(UUID.randomUUID(), "PL-" + UUID.randomUUID(),
                    provider, again.elderId(), again.voucherId(), again.caregiverId(), again.itemCode(),
                    again.category(), again.districtCode(), again.units(), again.unitPriceFen(), again.amountFen(),
                    again.serviceDate(), again.startTime().plusSeconds(7200), again.endTime().plusSeconds(7200),
                    period, again.acceptedAt());
            followers.add(follower);
            sent.add(publish(follower));
        }
        for (int i = 0; i <= 3; i++) {
            sent.add(publish(voidOf(logs.get(i))));
        }
        publish(sent.get(sent.size() - 4));
        awaitApplied(em, sent);

        Map<String, long[]> expected = new TreeMap<>();
        List<ServiceLogAccepted> owed = new ArrayList<>(logs.subList(7, logs.size()));
        owed.addAll(followers);
        for (ServiceLogAccepted log : owed) {
            long[] t = expected.computeIfAbsent(log.itemCode(), k -> new long[3]);
            t[0]++;
            t[1] += log.units();
            t[2] += log.amountFen();
        }
        Map<String, long[]> actual = new TreeMap<>();
        for (Object row : TestEvents.rows(em, "select item_code, log_count, units, amount_fen from "
                + "provider_item_total where provider_id = '" + provider + "' and period = '" + period + "'")) {
            Object[] r = (Object[]) row;
            actual.put((String) r[0], new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue() });
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((item, t) -> assertThat(actual.get(item)).as(item).containsExactly(t));
        assertThat(count(em, "select count(*) from service_log where provider_id = '" + provider + "'"))
                .isEqualTo(33);
        assertThat(count(em, "select count(*) from service_log where provider_id = '" + provider
                + "' and settled_as = 'NONE'")).as("voided before accepted: never owed").isEqualTo(3);

        // the statement built from these totals equals accepted minus voided, to the fen
        long net = owed.stream().mapToLong(ServiceLogAccepted::amountFen).sum();
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + period + "/close")
                .then().statusCode(200);
        JsonPath statements = given().auth().oauth2(Tokens.forUser("auditor"))
                .get("/api/v1/periods/" + period + "/statements?size=500").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = statements.<Map<String, Object>>getList("items").stream()
                .filter(s -> s.get("providerId").equals(provider.toString())).toList();
        assertThat(mine).hasSize(1);
        assertThat(((Number) mine.get(0).get("totalFen")).longValue()).isEqualTo(net);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) mine.get(0).get("lines");
        assertThat(lines).extracting(l -> l.get("itemCode")).containsExactlyElementsOf(expected.keySet());
        assertThat(lines.stream().mapToLong(l -> ((Number) l.get("amountFen")).longValue()).sum()).isEqualTo(net);
    }

    @Test
    void a_held_log_is_owed_only_once_accepted_and_a_held_log_voided_is_never_money() {
        String period = "2024-03";
        String next = "2024-04";
        UUID provider = UUID.randomUUID();
        ServiceLogAccepted paid = accepted(provider, period, "HK01", 4_000);
        ServiceLogAccepted heldThenAccepted = accepted(provider, period, "HK02", 2_500);
        ServiceLogAccepted heldThenVoided = accepted(provider, period, "HK01", 7_000);
        ServiceLogAccepted original = accepted(provider, period, "HK01", 3_000);
        ServiceLogAccepted replacement = onSameVoucher(original, "HK02", 3_300);
        // two held logs of one voucher, resolved only after the close; a log after them shows they were consumed
        ServiceLogAccepted acceptedAfterClose = accepted(provider, period, "HK03", 1_100);
        ServiceLogAccepted voidedAfterClose = onSameVoucher(acceptedAfterClose, "HK03", 900);
        ServiceLogAccepted follower = onSameVoucher(acceptedAfterClose, "HK01", 600);

        List<EventEnvelope> sent = new ArrayList<>();
        sent.add(publish(paid));
        publish(heldOf(heldThenAccepted));
        sent.add(publish(heldThenAccepted));
        publish(heldOf(heldThenVoided));
        sent.add(publish(voidOf(heldThenVoided)));
        sent.add(publish(original));
        sent.add(publish(voidOf(original)));
        sent.add(publish(replacement));
        publish(correction(original, replacement));
        publish(heldOf(acceptedAfterClose));
        publish(heldOf(voidedAfterClose));
        sent.add(publish(follower));
        awaitApplied(em, sent);

        long owed = paid.amountFen() + heldThenAccepted.amountFen() + replacement.amountFen() + follower.amountFen();
        assertThat(count(em, "select coalesce(sum(amount_fen), 0) from provider_item_total where provider_id = '"
                + provider + "' and period = '" + period + "'")).isEqualTo(owed);
        assertThat(count(em, "select count(*) from service_log where id in ('" + acceptedAfterClose.serviceLogId()
                + "', '" + voidedAfterClose.serviceLogId() + "')")).as("a held log is nothing to settlement").isZero();
        assertThat(count(em, "select count(*) from service_log where id = '" + heldThenVoided.serviceLogId()
                + "' and accepted_at is null and settled_as = 'NONE'")).as("voided while held: never owed")
                .isEqualTo(1);

        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + period + "/close")
                .then().statusCode(200);
        List<EventEnvelope> late = List.of(publish(acceptedAfterClose), publish(voidOf(voidedAfterClose)));
        awaitApplied(em, late);

        assertThat(statementTotal(provider, period)).isEqualTo(owed);
        assertThat(TestEvents.rows(em, "select kind || ' ' || service_log_id || ' ' || amount_fen || ' ' || "
                + "target_period from adjustment where provider_id = '" + provider + "'"))
                .as("the held log accepted after the close is a late accept; the voided ones are nothing")
                .containsExactly("LATE_ACCEPT " + acceptedAfterClose.serviceLogId() + " 1100 " + next);
        assertThat(count(em, "select count(*) from service_log where id = '" + voidedAfterClose.serviceLogId()
                + "' and accepted_at is null and settled_as = 'NONE'")).isEqualTo(1);

        // not in the reports either, neither as money nor as a voided visit
        JsonPath summary = given().auth().oauth2(Tokens.forUser("auditor"))
                .get("/api/v1/reports/summary?period=" + period + "&provider=" + provider).then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getLong("items[0].amountFen")).isEqualTo(owed + acceptedAfterClose.amountFen());
        assertThat(summary.getLong("items[0].visits")).isEqualTo(5);
        assertThat(summary.getLong("items[0].voided")).as("only the corrected original was voided after an accept")
                .isEqualTo(1);
        // and no adjustment can be aimed at it: to settlement it was never delivered
        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"" + provider + "\",\"serviceLogId\":\"" + heldThenVoided.serviceLogId()
                        + "\",\"amountFen\":7000,\"reason\":\"pay the held visit\"}")
                .post("/api/v1/adjustments").then().statusCode(404);

        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + next + "/close")
                .then().statusCode(200);
        assertThat(statementTotal(provider, next)).isEqualTo(acceptedAfterClose.amountFen());
    }

    private static long statementTotal(UUID provider, String period) {
        JsonPath statements = given().auth().oauth2(Tokens.forUser("auditor"))
                .get("/api/v1/periods/" + period + "/statements?size=500").then().statusCode(200).extract().jsonPath();
        return statements.<Map<String, Object>>getList("items").stream()
                .filter(s -> s.get("providerId").equals(provider.toString()))
                .mapToLong(s -> ((Number) s.get("totalFen")).longValue()).sum();
    }

    @Test
    void a_log_is_stored_as_sent_field_by_field_whatever_its_text_holds() {
        ServiceLogAccepted plain = accepted(UUID.randomUUID(), "2024-02", "HK01", 700);
        String awkward = "PL\t1\n2\r3\\N\\ 合肥";
        ServiceLogAccepted log = new ServiceLogAccepted(plain.serviceLogId(), awkward, plain.providerId(),
                plain.elderId(), plain.voucherId(), plain.caregiverId(), plain.itemCode(), "家政",
                plain.districtCode(), plain.units(), plain.unitPriceFen(), plain.amountFen(), plain.serviceDate(),
                plain.startTime(), plain.endTime(), plain.period(),
                java.time.Instant.parse("2024-02-03T04:05:06.123456Z"));
        awaitApplied(em, List.of(publish(TestEvents.envelope(log))));
        Object[] stored = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select provider_log_id, provider_id, elder_id, voucher_id, caregiver_id, item_code, category,
                    district_code, units, unit_price_fen, amount_fen, service_date, start_time, end_time, period,
                    accepted_at, voided_at, void_reason, settled_as
                from service_log where id = ?1""").setParameter(1, log.serviceLogId()).getSingleResult());
        assertThat(stored[0]).isEqualTo(awkward);
        assertThat(java.util.Arrays.asList(stored).subList(1, 8)).containsExactly(log.providerId(), log.elderId(),
                log.voucherId(), log.caregiverId(), log.itemCode(), "家政", log.districtCode());
        assertThat(((Number) stored[8]).intValue()).isEqualTo(log.units());
        assertThat(((Number) stored[9]).longValue()).isEqualTo(log.unitPriceFen());
        assertThat(((Number) stored[10]).longValue()).isEqualTo(log.amountFen());
        assertThat(stored[11].toString()).isEqualTo(log.serviceDate().toString());
        assertThat(instant(stored[12])).isEqualTo(log.startTime());
        assertThat(instant(stored[13])).isEqualTo(log.endTime());
        assertThat(stored[14]).isEqualTo(log.period());
        assertThat(instant(stored[15])).isEqualTo(log.acceptedAt());
        assertThat(stored[16]).isNull();
        assertThat(stored[17]).isNull();
        assertThat(stored[18]).isEqualTo("PERIOD");
    }

    private static java.time.Instant instant(Object timestamp) {
        return timestamp instanceof java.time.OffsetDateTime o ? o.toInstant()
                : timestamp instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) timestamp;
    }

    @Test
    void rejections_revocations_and_caregivers_are_projected_once() {
        UUID provider = UUID.randomUUID();
        UUID elder = UUID.randomUUID();
        UUID caregiver = UUID.randomUUID();
        UUID rejectedLog = UUID.randomUUID();
        EventEnvelope rejection = TestEvents.envelope(new ServiceLogRejected(rejectedLog, "PL-r", provider, elder,
                UUID.randomUUID(), caregiver, "HK01", "340102", List.of("VOUCHER_NOT_ACTIVE", "IN_FUTURE"),
                java.time.LocalDate.of(2024, 2, 3), "2024-02", java.time.Instant.parse("2024-02-03T10:00:00Z")));
        EventEnvelope revocation = TestEvents.envelope(new EligibilityRevoked(elder, "340102", "DECEASED",
                java.time.LocalDate.of(2024, 2, 1), UUID.randomUUID(), 1));
        EventEnvelope registration = TestEvents.envelope(new CaregiverRegistered(caregiver, provider, "pk-" + caregiver,
                2, java.time.LocalDate.of(2024, 1, 1)));
        List<EventEnvelope> sent = new ArrayList<>();
        for (EventEnvelope e : List.of(rejection, revocation, registration)) {
            sent.add(publish(e));
            publish(e);
        }
        awaitApplied(em, sent);
        assertThat(count(em, "select count(*) from rejected_log where id = '" + rejectedLog
                + "' and reasons = 'VOUCHER_NOT_ACTIVE,IN_FUTURE'")).isEqualTo(1);
        assertThat(count(em, "select count(*) from elder_status_change where elder_id = '" + elder
                + "' and reason = 'DECEASED'")).isEqualTo(1);
        assertThat(count(em, "select count(*) from caregiver_ref where id = '" + caregiver + "'")).isEqualTo(1);
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() throws Exception {
        String key = "garbage-" + UUID.randomUUID();
        TestEvents.publishRaw("voucher.v1", key, "{this is not an event");
        String unknownType = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"VoucherExploded\",\"data\":{}}";
        TestEvents.publishRaw("voucher.v1", key, unknownType);
        // the relay's type header names one event, the text holds another: read as the header says, it fails
        EventEnvelope voided = TestEvents.envelope(new ServiceLogVoided(UUID.randomUUID(), "V-1", UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "HK01", 500, "2024-02", "mistake", Instant.now()));
        String mislabelled = EventCodec.encode(voided);
        TestEvents.send("voucher.v1", key, mislabelled, voided.id().toString(), "ServiceLogAccepted");
        ServiceLogAccepted after = accepted(UUID.randomUUID(), "2024-02", "HK01", 500);
        EventEnvelope good = publish(TestEvents.envelope(after));

        List<String> deadLettered = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("voucher.v1.dlq"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        deadLettered.add(record.value());
                    }
                }
                return deadLettered.size() == 3;
            });
        }
        assertThat(deadLettered).containsExactly("{this is not an event", unknownType, mislabelled);
        awaitApplied(em, List.of(good));
        assertThat(count(em, "select count(*) from service_log where id = '" + after.serviceLogId() + "'"))
                .isEqualTo(1);
    }
}
