package org.homecare.voucher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.ProviderEvents.CaregiverDeactivated;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.ProviderSuspended;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.ContractTerms;
import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.repository.CaregiverRepository;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.ProviderRepository;
import org.homecare.voucher.repository.ProviderStatusChangeRepository;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ProjectionConsumersTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Inject
    ProviderRepository providers;

    @Inject
    ProviderStatusChangeRepository providerStatus;

    @Inject
    ContractRepository contracts;

    @Inject
    CaregiverRepository caregivers;

    @Test
    void a_caregiver_seen_before_its_provider_is_kept_and_the_provider_status_follows_its_events() {
        UUID provider = UUID.randomUUID();
        UUID caregiver = UUID.randomUUID();
        TestEvents.publish(new CaregiverRegistered(caregiver, provider, "pk-early", 3, JAN));
        TestWorld.awaitTrue(() -> caregivers.findByIdOptional(caregiver).isPresent());
        TestEvents.publish(new ProviderApproved(provider, "91340100MA2NHC999X", "Late provider", List.of("340102"),
                List.of("MEAL"), JAN));
        TestEvents.publish(new ProviderSuspended(provider, "licence expired", LocalDate.of(2026, 6, 1)));
        TestWorld.awaitTrue(() -> providerStatus.count("providerId", provider) == 2);

        Caregiver stored = QuarkusTransaction.requiringNew().call(() -> caregivers.findById(caregiver));
        assertThat(stored.worksFor(provider, LocalDate.of(2026, 3, 1))).isTrue();
        var timeline = QuarkusTransaction.requiringNew().call(() -> providerStatus.timelineOf(provider));
        assertThat(timeline.statusOn(LocalDate.of(2026, 5, 31))).contains(ProviderStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2026, 6, 1))).contains(ProviderStatus.SUSPENDED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> providers.findById(provider).districtCodes()))
                .containsExactly("340102");

        TestEvents.publish(new CaregiverDeactivated(caregiver, provider, "pk-early", LocalDate.of(2026, 4, 1)));
        TestWorld.awaitTrue(() -> caregivers.findById(caregiver).activeUntil() != null);
        Caregiver left = QuarkusTransaction.requiringNew().call(() -> caregivers.findById(caregiver));
        assertThat(left.worksFor(provider, LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void a_contract_activation_replaces_the_whole_rate_card() {
        UUID provider = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        TestEvents.publish(new ContractActivated(contract, provider, JAN, LocalDate.of(2026, 12, 31),
                List.of("340102"), List.of(new Rate("HK01", "HOUSEKEEPING", "HOUR", 5_000, JAN),
                        new Rate("MEAL01", "MEAL", "MEAL", 1_500, JAN))));
        TestEvents.publish(new ContractActivated(contract, provider, JAN, LocalDate.of(2026, 12, 31),
                List.of("340102", "340103"), List.of(new Rate("HK01", "HOUSEKEEPING", "HOUR", 5_000, JAN),
                        new Rate("HK01", "HOUSEKEEPING", "HOUR", 5_500, LocalDate.of(2026, 7, 1)))));
        TestWorld.awaitTrue(() -> contracts.termsOf(provider).stream()
                .anyMatch(t -> t.districtCodes().contains("340103")));

        ContractTerms terms = QuarkusTransaction.requiringNew().call(() -> contracts.termsOf(provider)).get(0);
        assertThat(terms.rates()).hasSize(2);
        assertThat(terms.rateOn("MEAL01", LocalDate.of(2026, 8, 1))).isEmpty();
        assertThat(terms.rateOn("HK01", LocalDate.of(2026, 6, 30)).orElseThrow().unitPriceFen()).isEqualTo(5_000);
        assertThat(terms.rateOn("HK01", LocalDate.of(2026, 7, 1)).orElseThrow().unitPriceFen()).isEqualTo(5_500);
    }

    @Test
    void a_redelivered_provider_event_changes_nothing() {
        UUID provider = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ProviderSuspended suspended = new ProviderSuspended(provider, "audit", JAN);
        TestEvents.publish(eventId, suspended);
        TestEvents.publish(eventId, suspended);
        TestEvents.publish(new ProviderApproved(provider, null, "marker", List.of(), List.of(), JAN));
        TestWorld.awaitTrue(() -> providers.findByIdOptional(provider).isPresent());

        assertThat(QuarkusTransaction.requiringNew().call(() -> providerStatus.count("providerId", provider)))
                .isEqualTo(2);
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() {
        String key = UUID.randomUUID().toString();
        TestEvents.send("eligibility.v1", key, "{\"this is\": \"not an envelope\"");
        TestEvents.send("eligibility.v1", key, "{\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"EligibilityGranted\",\"data\":{\"elderId\":\"" + key + "\",\"districtCode\":\"x\"}}");
        UUID elder = UUID.fromString(key);
        TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES,
                LocalDate.of(2026, 11, 1), UUID.randomUUID(), 1));
        TestWorld.awaitVoucherOf(elder);

        List<ConsumerRecord<String, String>> dead = readDeadLetters("eligibility.v1.dlq", key, 2);
        assertThat(dead).hasSize(2);
        Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not a JSON event envelope");
    }

    private List<ConsumerRecord<String, String>> readDeadLetters(String topic, String key, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEvents.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && found.size() < expected) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
