package org.homecare.contracts.outbox;

import java.time.Duration;
import java.util.TreeSet;

/**
 * The highest outbox seq at or below which every row has been published, so the relay can read from there on. It
 * rises only over seqs seen published. A missing seq is a transaction still open or one rolled back, which look the
 * same: after the patience the floor passes the gap, and the relay's periodic sweep from the start finds a row whose
 * transaction commits later still.
 */
final class PublishedFloor {

    private final long patienceNanos;
    private final TreeSet<Long> publishedAbove = new TreeSet<>();
    private long floor;
    private long gapAt = -1;
    private long gapSince;

    PublishedFloor(Duration patience) {
        this.patienceNanos = patience.toNanos();
    }

    void published(long seq) {
        if (seq > floor) {
            publishedAbove.add(seq);
            rise();
        }
    }

    /** @param now {@link System#nanoTime()} */
    long value(long now) {
        if (publishedAbove.isEmpty()) {
            return floor;
        }
        if (gapAt != floor) {
            gapAt = floor;
            gapSince = now;
        } else if (now - gapSince >= patienceNanos) {
            floor = publishedAbove.first() - 1;
            rise();
        }
        return floor;
    }

    private void rise() {
        while (!publishedAbove.isEmpty() && publishedAbove.first() == floor + 1) {
            floor = publishedAbove.pollFirst();
        }
    }
}
