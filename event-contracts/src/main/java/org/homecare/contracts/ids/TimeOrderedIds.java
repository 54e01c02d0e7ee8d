package org.homecare.contracts.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 7 UUIDs (RFC 9562: milliseconds since the epoch first, then random bits) for rows written in bulk: event
 * ids, consumers' inbox rows, decisions, service logs. Ids made one after the other land on the same pages of a
 * primary key index instead of a random page each, which is what keeps inserts into tables of tens of millions of rows
 * cheap. The ids only identify rows and are no secret, so the thread's fast random source is enough.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
