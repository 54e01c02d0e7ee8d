package org.homecare.contracts.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.SettlementEvents;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.Ports;
import org.homecare.deploy.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay against a real PostgreSQL and a real Kafka broker, started by the same code as the local stack. */
class OutboxRelayTest {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static String jdbcUrl;

    @BeforeAll
    static void startComponents() throws Exception {
        Path work = Files.createTempDirectory("outbox-relay-test");
        postgres = PostgresServer.start(Ports.freePort(), work.resolve("pg"), false, work.resolve("pg.log"),
                List.of("contracts"));
        kafka = KafkaBroker.start(Ports.freePort(), Ports.freePort(), work.resolve("kafka"), work.resolve("kafka.log"),
                3, false);
        jdbcUrl = postgres.jdbcUrl("contracts");
        // the outbox as the services have it: every contracts migration in order
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String migration : List.of("V0_1__outbox_and_inbox.sql", "V0_2__audit_record.sql",
                    "V0_3__outbox_rows_removed_once_published.sql", "V0_4__inbox_key_led_by_event_id.sql",
                    "V0_5__outbox_without_id_index.sql", "V0_6__outbox_rows_bundle_events.sql")) {
                try (InputStream sql = OutboxRelay.class.getResourceAsStream("/db/contracts/" + migration)) {
                    statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @AfterAll
    static void stopComponents() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void publishes_every_event_exactly_once_when_the_relay_dies_between_kafka_and_the_database() throws Exception {
        String topic = newTopic();
        List<UUID> written = writeEvents(topic, 25);

        runUntilCrashAfterKafka("crashing", 10, 2);

        // the second batch is on Kafka but not marked: a naive relay would publish it again
        assertThat(countUnsent(topic)).isEqualTo(15);
        assertThat(readTopic(topic)).hasSize(20);

        runUntilAllSent("restarted", 10, topic);

        List<UUID> published = readTopic(topic);
        assertThat(published).hasSize(25).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void publishes_each_event_of_a_bundle_as_its_own_record_exactly_once_across_a_crash() throws Exception {
        String topic = newTopic();
        UUID provider = UUID.randomUUID(); // one key: the bundles' events share a partition and its order
        List<UUID> bundled = new ArrayList<>(writeBundle(topic, provider, 12));
        bundled.addAll(writeBundle(topic, provider, 12));
        List<UUID> single = writeEvents(topic, 3);

        runUntilCrashAfterKafka("crashing-bundle", 10, 1); // a batch of 10 events still takes the first bundle whole
        assertThat(readTopic(topic)).containsExactlyElementsOf(bundled.subList(0, 12));
        // the first bundle is on Kafka but still a row: a naive relay would publish its 12 events again
        assertThat(countUnsent(topic)).isEqualTo(5);

        runUntilAllSent("restarted-bundle", 10, topic);
        List<UUID> published = readTopic(topic);
        assertThat(published).hasSize(27).doesNotHaveDuplicates();
        assertThat(published).filteredOn(bundled::contains).containsExactlyElementsOf(bundled);
        assertThat(published).filteredOn(single::contains).containsExactlyElementsOf(single);
    }

    @Test
    void keeps_the_order_of_one_aggregate_on_its_partition() throws Exception {
        String topic = newTopic();
        List<UUID> written = writeEvents(topic, 30); // all with the same subject, hence the same key
        runUntilAllSent("ordered", 7, topic);
        assertThat(readTopic(topic)).containsExactlyElementsOf(written);
    }

    @Test
    void publishes_an_event_whose_transaction_commits_after_later_ones_were_published() throws Exception {
        String topic = newTopic();
        try (Connection late = connect()) {
            late.setAutoCommit(false);
            List<UUID> lateEvents = writeEvents(late, topic, 1); // takes its seq now, visible only at commit
            List<UUID> earlyEvents = writeEvents(topic, 5);
            OutboxRelay relay = relay("gap", 10, ids -> {
            });
            relay.start();
            try {
                awaitAllSent(topic); // the open transaction's row is not visible yet
                assertThat(readTopic(topic)).containsExactlyInAnyOrderElementsOf(earlyEvents);
                late.commit();
                // well before the relay's sweep from the start: its floor waited below the open transaction's seq
                awaitAllSent(topic, Duration.ofSeconds(8));
            } finally {
                relay.stop();
            }
            List<UUID> all = new ArrayList<>(earlyEvents);
            all.addAll(lateEvents);
            assertThat(readTopic(topic)).hasSize(6).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void only_one_relay_publishes_at_a_time() throws Exception {
        String topic = newTopic();
        List<UUID> written = writeEvents(topic, 40);
        OutboxRelay a = relay("leader-a", 5, ids -> {
        });
        OutboxRelay b = relay("leader-b", 5, ids -> {
        });
        a.start();
        b.start();
        awaitAllSent(topic);
        a.stop();
        b.stop();
        assertThat(readTopic(topic)).hasSize(40).doesNotHaveDuplicates().containsExactlyElementsOf(written);
    }

    /** Runs a healthy relay until the topic has no unsent row left. */
    private static void runUntilAllSent(String name, int batchSize, String topic) throws Exception {
        OutboxRelay relay = relay(name, batchSize, ids -> {
        });
        relay.start();
        try {
            awaitAllSent(topic);
        } finally {
            relay.stop();
        }
    }

    /** Runs a relay that dies after Kafka committed its {@code crashingBatch}th batch, before the database did. */
    private static void runUntilCrashAfterKafka(String name, int batchSize, int crashingBatch) throws Exception {
        CountDownLatch crashed = new CountDownLatch(1);
        AtomicInteger batches = new AtomicInteger();
        OutboxRelay relay = relay(name, batchSize, ids -> {
            if (batches.incrementAndGet() == crashingBatch) {
                crashed.countDown();
                throw new IllegalStateException("simulated crash after the Kafka commit");
            }
        });
        relay.start();
        assertThat(crashed.await(60, TimeUnit.SECONDS)).isTrue();
        relay.stop();
    }

    private static OutboxRelay relay(String name, int batchSize, OutboxRelay.BatchListener listener) {
        // one transactional id for the whole test class: a restarted relay is the same logical relay
        String transactionalId = "outbox-relay-test";
        return new OutboxRelay(OutboxRelayTest::connect,
                () -> KafkaRelayClients.producer(kafka.bootstrapServers(), transactionalId),
                () -> KafkaRelayClients.recoveryReader(kafka.bootstrapServers()),
                transactionalId, batchSize, Duration.ofMillis(50), listener);
    }

    private static String newTopic() throws Exception {
        String topic = "outbox-test-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }

    /** What {@link OutboxWriter} does inside a service transaction, here with plain JDBC. */
    private static List<UUID> writeEvents(String topic, int count) throws SQLException {
        try (Connection connection = connect()) {
            return writeEvents(connection, topic, count);
        }
    }

    private static List<UUID> writeEvents(Connection connection, String topic, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, topic, event_key, event_type, payload, created_at)
                values (?, ?, ?, ?, ?, ?)""")) {
            UUID provider = UUID.randomUUID();
            for (int i = 0; i < count; i++) {
                EventEnvelope envelope = EventCodec.envelope(UUID.randomUUID(),
                        new SettlementEvents.StatementApproved(UUID.randomUUID(), provider, "2026-11", 100L * i),
                        "test", Instant.now());
                insert.setObject(1, envelope.id());
                insert.setString(2, topic);
                insert.setString(3, envelope.subject());
                insert.setString(4, envelope.type());
                insert.setString(5, EventCodec.encode(envelope));
                insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
                ids.add(envelope.id());
            }
        }
        return ids;
    }

    /** What {@link OutboxWriter} does with several events of one transaction: one row. */
    private static List<UUID> writeBundle(String topic, UUID provider, int count) throws SQLException {
        List<EventBundle.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EventEnvelope envelope = EventCodec.envelope(UUID.randomUUID(),
                    new SettlementEvents.StatementApproved(UUID.randomUUID(), provider, "2026-11", 100L * i),
                    "test", Instant.now());
            entries.add(new EventBundle.Entry(envelope.id(), topic, envelope.subject(), envelope.type(),
                    EventCodec.encode(envelope)));
        }
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, topic, event_key, event_type, payload, created_at, event_count)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, entries.get(0).id());
            insert.setString(2, topic);
            insert.setString(3, entries.get(0).key());
            insert.setString(4, entries.get(0).type());
            insert.setString(5, EventBundle.encode(entries));
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setInt(7, count);
            insert.executeUpdate();
        }
        return entries.stream().map(EventBundle.Entry::id).toList();
    }

    private static int countUnsent(String topic) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection
                .prepareStatement("select count(*) from outbox_event where topic = ?")) {
            select.setString(1, topic);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void awaitAllSent(String topic) throws Exception {
        awaitAllSent(topic, Duration.ofSeconds(60));
    }

    private static void awaitAllSent(String topic, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (countUnsent(topic) > 0) {
            assertThat(System.nanoTime()).as("all outbox rows sent within " + within).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Event ids on the topic, committed records only, partition by partition in offset order. */
    private static List<UUID> readTopic(String topic) {
        List<UUID> ids = new ArrayList<>();
        try (Consumer<String, String> consumer = KafkaRelayClients.recoveryReader(kafka.bootstrapServers())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(EventCodec.decode(record.value()).id());
                }
            }
        }
        return ids;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
