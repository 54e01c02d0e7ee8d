package org.homecare.provider.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.contract;
import static org.homecare.provider.TestProviders.createContract;
import static org.homecare.provider.TestProviders.move;
import static org.homecare.provider.TestProviders.newCreditCode;
import static org.homecare.provider.TestProviders.newIdNumber;
import static org.homecare.provider.TestProviders.rate;
import static org.homecare.provider.TestProviders.register;
import static org.homecare.provider.TestProviders.registerCaregiver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.ProviderEvents;
import org.homecare.contracts.events.Topics;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A provider's whole life as read from provider.v1 by a consumer: every event once, in order, with what it needs. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ProviderEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    BusinessClock clock;

    @Test
    void a_full_lifecycle_publishes_each_event_exactly_once_in_order() {
        String creditCode = newCreditCode();
        UUID provider = register(creditCode);
        move(provider, "approve");
        UUID first = createContract(provider, "2030-01-01", "2030-06-30");
        as("city-admin").body(rate("R01", 7000, "2030-04-01"))
                .post("/api/v1/providers/" + provider + "/contracts/" + first + "/rates").then().statusCode(200);
        String idNumber = newIdNumber();
        UUID caregiver = registerCaregiver("city-admin", provider, idNumber);
        move(provider, "suspend");
        move(provider, "reinstate");
        as("city-admin").delete("/api/v1/providers/" + provider + "/caregivers/" + caregiver).then().statusCode(200);
        as("city-admin").body(Map.of("endOn", "2030-05-31", "reason", "re-tendered"))
                .post("/api/v1/providers/" + provider + "/contracts/" + first + "/end").then().statusCode(200);
        UUID second = createContract(provider, "2030-06-01", "2030-12-31");
        UUID secondCaregiver = registerCaregiver("city-admin", provider, newIdNumber());
        move(provider, "terminate");

        List<EventEnvelope> events = eventsOf(provider, 13, Duration.ofSeconds(60));

        assertThat(events).extracting(EventEnvelope::type).containsExactly(
                "ProviderApproved", "ContractActivated", "ContractActivated", "CaregiverRegistered",
                "ProviderSuspended", "ProviderReinstated", "CaregiverDeactivated", "ContractEnded",
                "ContractActivated", "CaregiverRegistered", "ContractEnded", "CaregiverDeactivated",
                "ProviderTerminated");
        assertThat(events).extracting(EventEnvelope::id).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("provider-service");
            assertThat(e.subject()).isEqualTo(provider.toString());
            assertThat(e.data().toString()).doesNotContain(idNumber).doesNotContain("0551-65551234");
        });
        LocalDate today = clock.today();

        var approved = EventCodec.data(events.get(0), ProviderEvents.ProviderApproved.class);
        assertThat(approved.creditCode()).isEqualTo(creditCode);
        assertThat(approved.districtCodes()).containsExactly("340104", "340111");
        assertThat(approved.categories()).containsExactlyInAnyOrder("REHAB", "HOUSEKEEPING");

        var activated = EventCodec.data(events.get(1), ProviderEvents.ContractActivated.class);
        assertThat(activated.contractId()).isEqualTo(first);
        assertThat(activated.districtCodes()).containsExactly("340104");
        assertThat(activated.rates()).extracting(ProviderEvents.Rate::itemCode, ProviderEvents.Rate::category,
                ProviderEvents.Rate::unit, ProviderEvents.Rate::unitPriceFen, ProviderEvents.Rate::minMinutes,
                ProviderEvents.Rate::unitRounding)
                .containsExactlyInAnyOrder(tuple("R01", "REHAB", "VISIT", 6000L, 30, null),
                        tuple("H01", "HOUSEKEEPING", "HOUR", 3000L, 30, "HALF_UP"));

        var repriced = EventCodec.data(events.get(2), ProviderEvents.ContractActivated.class);
        assertThat(repriced.contractId()).isEqualTo(first);
        assertThat(repriced.rates()).as("the whole card again, old prices included").hasSize(3)
                .extracting(ProviderEvents.Rate::unitPriceFen).containsExactlyInAnyOrder(6000L, 7000L, 3000L);

        var registered = EventCodec.data(events.get(3), ProviderEvents.CaregiverRegistered.class);
        assertThat(registered.caregiverId()).isEqualTo(caregiver);
        assertThat(registered.personKey()).hasSize(64);
        assertThat(registered.certificationLevel()).isEqualTo(4);
        var deactivated = EventCodec.data(events.get(6), ProviderEvents.CaregiverDeactivated.class);
        assertThat(deactivated.personKey()).isEqualTo(registered.personKey());

        var suspended = EventCodec.data(events.get(4), ProviderEvents.ProviderSuspended.class);
        assertThat(suspended.reason()).isEqualTo("test: suspend");
        assertThat(suspended.effectiveFrom()).isEqualTo(today);

        var ended = EventCodec.data(events.get(7), ProviderEvents.ContractEnded.class);
        assertThat(ended.contractId()).isEqualTo(first);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2030, 5, 31));
        assertThat(ended.reason()).isEqualTo("re-tendered");

        var endedByTermination = EventCodec.data(events.get(10), ProviderEvents.ContractEnded.class);
        assertThat(endedByTermination.contractId()).isEqualTo(second);
        assertThat(EventCodec.data(events.get(11), ProviderEvents.CaregiverDeactivated.class).caregiverId())
                .isEqualTo(secondCaregiver);
        assertThat(EventCodec.data(events.get(12), ProviderEvents.ProviderTerminated.class).reason())
                .isEqualTo("test: terminate");
    }

    @Test
    void contract_activated_carries_the_duration_rules_of_each_items_catalogue_entry() {
        String hourly = newItemCode();
        as("city-admin").body(Map.of("code", hourly, "category", "HOUSEKEEPING", "nameZh", "陪护测试",
                "nameEn", "Companion test", "unit", "HOUR", "ceilingPriceFen", 4000, "normMinutes", 60,
                "minMinutes", 45, "unitRounding", "UP")).post("/api/v1/catalogue/items").then().statusCode(201);
        String unbounded = newItemCode();
        as("city-admin").body(Map.of("code", unbounded, "category", "REHAB", "nameZh", "康复测试",
                "nameEn", "Rehabilitation test", "unit", "VISIT", "ceilingPriceFen", 3000, "normMinutes", 30))
                .post("/api/v1/catalogue/items").then().statusCode(201);
        UUID provider = register(newCreditCode());
        move(provider, "approve");
        as("city-admin").body(contract("2030-01-01", "2030-12-31",
                List.of(rate(hourly, 3800, "2030-01-01"), rate(unbounded, 2500, "2030-01-01"))))
                .post("/api/v1/providers/" + provider + "/contracts").then().statusCode(201);

        List<EventEnvelope> events = eventsOf(provider, 2, Duration.ofSeconds(60));

        assertThat(events).extracting(EventEnvelope::type).containsExactly("ProviderApproved", "ContractActivated");
        assertThat(events.get(1).data().get("rates")).filteredOn(r -> r.get("itemCode").asText().equals(unbounded))
                .singleElement().as("an item without rules: the fields are left out, as the schema wants")
                .satisfies(r -> assertThat(r.has("minMinutes") || r.has("unitRounding")).isFalse());
        var activated = EventCodec.data(events.get(1), ProviderEvents.ContractActivated.class);
        assertThat(activated.rates()).extracting(ProviderEvents.Rate::itemCode, ProviderEvents.Rate::minMinutes,
                ProviderEvents.Rate::unitRounding)
                .containsExactlyInAnyOrder(tuple(hourly, 45, "UP"), tuple(unbounded, null, null));
    }

    @Test
    void a_rejected_change_publishes_nothing() {
        UUID provider = register(newCreditCode());
        as("city-admin").body(Map.of("reason", "x")).post("/api/v1/providers/" + provider + "/suspend").then()
                .statusCode(409);
        assertThat(eventsOf(provider, Integer.MAX_VALUE, Duration.ofSeconds(8))).isEmpty();
    }

    private static String newItemCode() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** Reads until {@code expected} events arrived, then a few seconds more: a duplicate would come after them. */
    private List<EventEnvelope> eventsOf(UUID provider, int expected, Duration wait) {
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "provider-events-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PROVIDER));
            long deadline = System.nanoTime() + wait.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (provider.toString().equals(record.key())) {
                        found.add(EventCodec.decode(record.value()));
                    }
                }
                if (found.size() >= expected && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return found;
    }
}
