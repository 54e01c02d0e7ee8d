package org.homecare.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresAndKafkaTest {

    @TempDir
    static Path directory;
    static PostgresServer postgres;
    static KafkaBroker kafka;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.start(Ports.freePort(), directory.resolve("postgres"), false,
                directory.resolve("postgres.log"), List.of("eligibility", "voucher"));
        kafka = KafkaBroker.start(Ports.freePort(), Ports.freePort(), directory.resolve("kafka"),
                directory.resolve("kafka.log"), 3, false);
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void postgresServesTheRequestedDatabasesWithHighConnectionLimit() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("voucher"),
                PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet result = connection.createStatement().executeQuery("SHOW max_connections")) {
            result.next();
            assertEquals("300", result.getString(1));
            assertEquals(17, connection.getMetaData().getDatabaseMajorVersion());
        }
    }

    @Test
    void postgres_commits_durably_despite_the_embedded_library_defaults() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("voucher"),
                PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT name, setting FROM pg_settings"
                             + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name")) {
            Map<String, String> settings = new java.util.TreeMap<>();
            while (result.next()) {
                settings.put(result.getString(1), result.getString(2));
            }
            assertEquals(Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on"), settings);
        }
    }

    @Test
    void kafkaHasTheServiceTopicsAndCommitsTransactions() throws Exception {
        try (Admin admin = KafkaTopics.admin(kafka.bootstrapServers())) {
            var topics = admin.describeTopics(List.of("voucher.v1", "voucher.v1.dlq")).allTopicNames().get(10, TimeUnit.SECONDS);
            assertEquals(3, topics.get("voucher.v1").partitions().size());
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-outbox",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("voucher.v1", "v-1", "committed"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("voucher.v1", "v-1", "aborted"));
            producer.abortTransaction();
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("voucher.v1"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            assertEquals(1, records.count());
            assertEquals("committed", records.iterator().next().value());
        }
    }

    @Test
    void aTakenPortIsReportedWithTheComponentAndTheVariableToChange() {
        var error = assertThrows(Ports.PortInUseException.class,
                () -> Ports.requireFree(kafka.port(), "kafka", "KAFKA_PORT"));
        assertTrue(error.getMessage().startsWith("port " + kafka.port() + " (kafka) is already in use; set KAFKA_PORT="),
                error.getMessage());
    }
}
