package org.homecare.crash;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.Rate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the load needs, published to provider.v1 and eligibility.v1 as provider-service and eligibility-service would:
 * provider-a approved with a contract for one item, caregivers, and funded vouchers. Each client thread gets its own
 * caregivers and vouchers in pairs, so no two logs ever compete for a caregiver's or an elder's time.
 */
record World(UUID providerId, String itemCode, long priceFen, List<List<Pair>> pairsByThread) {

    record Pair(UUID caregiverId, UUID voucherElderId) {
    }

    static final String PROVIDER_CODE = "91340100MA2NHC015G"; // provider-a's provider_code claim
    static final String DISTRICT = "340102";
    static final long MONTHLY_FEN = 60_000;
    private static final List<String> CATEGORIES = List.of("HOUSEKEEPING", "MEAL", "REHAB");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static World publish(String bootstrapServers, int threads, int pairsPerThread) {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate from = today.minusDays(60);
        UUID provider = UUID.randomUUID();
        World world = new World(provider, "CRASHHK", 100, new ArrayList<>());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ProviderApproved(provider, PROVIDER_CODE, "Crash test provider", List.of(DISTRICT),
                CATEGORIES, from));
        events.add(new ContractActivated(UUID.randomUUID(), provider, from, today.plusDays(365), List.of(DISTRICT),
                List.of(new Rate(world.itemCode(), "HOUSEKEEPING", "VISIT", world.priceFen(), from))));
        for (int t = 0; t < threads; t++) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < pairsPerThread; i++) {
                Pair pair = new Pair(UUID.randomUUID(), UUID.randomUUID());
                pairs.add(pair);
                events.add(new CaregiverRegistered(pair.caregiverId(), provider, "crash-" + pair.caregiverId(), 2,
                        from));
                events.add(new EligibilityGranted(pair.voucherElderId(), DISTRICT, MONTHLY_FEN, CATEGORIES, from,
                        UUID.randomUUID(), 1));
            }
            world.pairsByThread().add(List.copyOf(pairs));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (DomainEvent event : events) {
                producer.send(new ProducerRecord<>(event.topic(), event.subject(), EventCodec.encode(
                        EventCodec.envelope(UUID.randomUUID(), event, "crash-tests", Instant.now()))));
            }
            producer.flush();
        }
        return world;
    }

    int vouchers() {
        return pairsByThread.stream().mapToInt(List::size).sum();
    }
}
