package org.homecare.contracts.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka exactly once, each event as its own record (a row may bundle several events of one
 * transaction, see {@link EventBundle}; they go out in the same Kafka transaction).
 * <p>
 * One relay per transactional id works at a time: it holds a PostgreSQL session advisory lock on its own connection
 * (the lock goes with the connection if the process dies). Each batch is one Kafka transaction; after Kafka committed,
 * the rows are deleted and the next offset of each partition recorded. (Deleting is how a row is marked sent: an
 * update could never stay within its page, as the sent flag decided the pending-rows index, and cost the database more
 * than the insert; Kafka keeps what was published.) If the relay dies between the two, the rows are still in the table
 * but on Kafka: on (re)start the relay reads, with {@code read_committed}, every partition from the last offset it
 * recorded and deletes the events it finds there instead of publishing them again.
 * <p>
 * A published row leaves a dead index entry behind until vacuum, and a relay that always read "the lowest pending
 * rows" stepped over every one of them on each poll (at a few thousand events a second, that was the outbox's largest
 * cost in the database). So the relay reads from a floor: every seq at or below it is published. A seq is taken at
 * insert and becomes visible at commit, so a row can appear below seqs already published; the floor therefore only
 * rises over seqs it has seen published, waits at a gap (a transaction still open, or one rolled back) for
 * {@link #GAP_PATIENCE}, and a full read from the start every {@link #SWEEP_INTERVAL} picks up a row whose transaction
 * stayed open past that.
 */
public final class OutboxRelay implements Runnable {

    /** Called after Kafka committed a batch and before its rows are removed; a test seam for crashes. */
    @FunctionalInterface
    public interface BatchListener {
        void published(List<UUID> eventIds);
    }

    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Kafka headers on every published event: consumers can pick the event's record before parsing it. */
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_TYPE = "ce_type";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration RECOVERY_POLL = Duration.ofMillis(500);
    static final Duration GAP_PATIENCE = Duration.ofSeconds(10);
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(60);

    private final ConnectionSource connections;
    private final Supplier<Producer<String, String>> producers;
    private final Supplier<Consumer<String, String>> recoveryConsumers;
    private final String transactionalId;
    private final int batchSize;
    private final Duration pollInterval;
    private final BatchListener listener;
    private volatile boolean stopped;
    private volatile Thread thread;
    private final PublishedFloor floor = new PublishedFloor(GAP_PATIENCE);
    private long nextSweep = System.nanoTime(); // the first read is a sweep

    public OutboxRelay(ConnectionSource connections, Supplier<Producer<String, String>> producers,
            Supplier<Consumer<String, String>> recoveryConsumers, String transactionalId, int batchSize,
            Duration pollInterval, BatchListener listener) {
        this.connections = connections;
        this.producers = producers;
        this.recoveryConsumers = recoveryConsumers;
        this.transactionalId = transactionalId;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.listener = listener;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("relay already started");
        }
        thread = new Thread(this, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops after the batch in flight (no interrupt: it would break the Kafka producer's close); an uncommitted batch
     * is recovered by the next relay.
     */
    public void stop() throws InterruptedException {
        stopped = true;
        Thread running = thread;
        if (running != null) {
            running.join(Duration.ofSeconds(30).toMillis());
        }
    }

    public boolean isRunning() {
        Thread running = thread;
        return running != null && running.isAlive();
    }

    @Override
    public void run() {
        while (!stopped) {
            try (Connection connection = connections.open()) {
                if (!tryLead(connection)) {
                    pause(Duration.ofSeconds(2));
                    continue;
                }
                connection.setAutoCommit(false);
                try (Producer<String, String> producer = producers.get()) {
                    producer.initTransactions(); // fences a zombie of this id and aborts its open transaction
                    recover(connection);
                    while (!stopped) {
                        if (relayBatch(connection, producer) < batchSize) {
                            pause(pollInterval);
                        }
                    }
                }
            } catch (SQLException | KafkaException | ExecutionException | RelayCrash e) {
                // The batch in flight stays unsent in the database; recovery on the next round settles it.
                if (!stopped) {
                    LOG.errorf(e, "outbox relay %s failed; restarting", transactionalId);
                    pause(Duration.ofSeconds(1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean tryLead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockKey());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private long lockKey() {
        // a stable 64-bit key per transactional id; the high bits tag it as the outbox's
        return 0x0B0C_0000_0000_0000L | (transactionalId.hashCode() & 0xFFFF_FFFFL);
    }

    int relayBatch(Connection connection, Producer<String, String> producer)
            throws SQLException, ExecutionException, InterruptedException, RelayCrash {
        long now = System.nanoTime();
        boolean sweep = now - nextSweep >= 0;
        if (sweep) {
            nextSweep = now + SWEEP_INTERVAL.toNanos();
        }
        List<PendingEvent> pending = loadPending(connection, sweep ? 0 : floor.value(now));
        if (pending.isEmpty()) {
            connection.commit();
            return 0;
        }
        producer.beginTransaction();
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        try {
            for (PendingEvent event : pending) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(),
                        event.payload());
                record.headers().add(HEADER_ID, event.id().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add(HEADER_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.commitTransaction();
        } catch (KafkaException e) {
            abortQuietly(producer, e);
            throw e;
        }
        List<Published> published = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            RecordMetadata metadata = acks.get(i).get();
            published.add(new Published(pending.get(i).seq(), pending.get(i).id(), metadata.topic(),
                    metadata.partition(), metadata.offset()));
        }
        try {
            listener.published(pending.stream().map(PendingEvent::id).toList());
        } catch (RuntimeException e) {
            throw new RelayCrash(e);
        }
        removePublished(connection, published, RowKey.SEQ);
        connection.commit();
        published.forEach(event -> floor.published(event.seq()));
        return pending.size();
    }

    /**
     * The pending rows after {@code after}, in seq order, as events: a bundle row gives each of its events. Rows are
     * taken whole until the events reach the batch size (at least one row, however large its bundle); the rows past
     * that are not read, so their payloads are not fetched.
     */
    private List<PendingEvent> loadPending(Connection connection, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, event_key, event_type, event_count, payload from (
                    select seq, id, topic, event_key, event_type, event_count, payload,
                        sum(event_count) over (order by seq) - event_count as events_before
                    from outbox_event where seq > ? order by seq limit ?) pending
                where events_before < ? order by seq""")) {
            select.setLong(1, after);
            select.setInt(2, batchSize);
            select.setInt(3, batchSize);
            List<PendingEvent> pending = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (rs.getInt(6) == 1) {
                        pending.add(new PendingEvent(seq, rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(7)));
                    } else {
                        for (EventBundle.Entry entry : EventBundle.decode(rs.getString(7))) {
                            pending.add(new PendingEvent(seq, entry.id(), entry.topic(), entry.key(), entry.type(),
                                    entry.payload()));
                        }
                    }
                }
            }
            return pending;
        }
    }

    /** Removes every pending event already on Kafka past the recorded positions. */
    void recover(Connection connection) throws SQLException {
        List<String> topics = new ArrayList<>();
        try (PreparedStatement select = connection
                .prepareStatement("select distinct topic from outbox_event");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                topics.add(rs.getString(1));
            }
        }
        int recovered = 0;
        for (String topic : topics) {
            recovered += recoverTopic(connection, topic);
        }
        connection.commit();
        if (recovered > 0) {
            LOG.infof("outbox relay %s found %d events already on Kafka and removed them", transactionalId,
                    recovered);
        }
    }

    private int recoverTopic(Connection connection, String topic) throws SQLException {
        Map<Integer, Long> positions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select kafka_partition, next_offset from outbox_relay_position where topic = ?")) {
            select.setString(1, topic);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    positions.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        List<Published> found = new ArrayList<>();
        try (Consumer<String, String> consumer = recoveryConsumers.get()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                Long from = positions.get(partition.partition());
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from);
                }
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(RECOVERY_POLL)) {
                    Header id = record.headers().lastHeader(HEADER_ID);
                    if (id != null) {
                        found.add(new Published(0, UUID.fromString(new String(id.value(),
                                StandardCharsets.UTF_8)), topic, record.partition(), record.offset()));
                    }
                }
            }
        }
        // only the events' ids are on Kafka; recovery is rare and the table small, so no index on id is kept for it.
        // A bundle row has its first event's id and topic, and all its events went out in one Kafka transaction.
        return removePublished(connection, found, RowKey.ID);
    }

    private int removePublished(Connection connection, List<Published> published, RowKey key) throws SQLException {
        int removed;
        // one statement for the whole batch: row-by-row statements cost the relay a round trip per event
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where " + key.column + " = any(?)")) {
            delete.setArray(1, connection.createArrayOf(key.sqlType, published.stream().map(key.value).distinct().toArray()));
            removed = delete.executeUpdate();
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        for (Published event : published) {
            next.merge(new TopicPartition(event.topic(), event.partition()), event.offset() + 1, Math::max);
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into outbox_relay_position (topic, kafka_partition, next_offset) values (?, ?, ?)
                on conflict (topic, kafka_partition)
                do update set next_offset = greatest(outbox_relay_position.next_offset, excluded.next_offset)""")) {
            for (Map.Entry<TopicPartition, Long> position : next.entrySet()) {
                upsert.setString(1, position.getKey().topic());
                upsert.setInt(2, position.getKey().partition());
                upsert.setLong(3, position.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return removed;
    }

    private void abortQuietly(Producer<String, String> producer, KafkaException cause) {
        try {
            producer.abortTransaction();
        } catch (KafkaException abortFailure) {
            cause.addSuppressed(abortFailure); // the producer is closed and re-initialised anyway
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private record PendingEvent(long seq, UUID id, String topic, String key, String type, String payload) {
    }

    /** How published rows are found to be removed: by seq (a batch just published) or by id (what recovery finds). */
    private enum RowKey {
        SEQ("seq", "int8", Published::seq),
        ID("id", "uuid", Published::id);

        final String column;
        final String sqlType;
        final Function<Published, Object> value;

        RowKey(String column, String sqlType, Function<Published, Object> value) {
            this.column = column;
            this.sqlType = sqlType;
            this.value = value;
        }
    }

    /** @param seq the outbox row's key; 0 for an event found on Kafka by recovery */
    private record Published(long seq, UUID id, String topic, int partition, long offset) {
    }

    /** A failure raised by the batch listener: treated like a crash between the Kafka commit and the DB commit. */
    static final class RelayCrash extends Exception {
        RelayCrash(RuntimeException cause) {
            super("relay interrupted after publishing a batch", cause);
        }
    }
}
