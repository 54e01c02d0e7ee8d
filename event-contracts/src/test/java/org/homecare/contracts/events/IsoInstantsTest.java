package org.homecare.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    private static final long FROM = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Test
    void writes_what_instant_to_string_writes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(FROM, TO + 1), nanos(random));
            assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        }
        for (Instant edge : new Instant[] { Instant.EPOCH, Instant.ofEpochSecond(FROM),
                Instant.ofEpochSecond(TO, 999_999_999), Instant.ofEpochSecond(FROM - 1), Instant.ofEpochSecond(TO + 1),
                Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 1) }) {
            assertThat(IsoInstants.format(edge)).isEqualTo(edge.toString());
        }
    }

    @Test
    void reads_what_instant_parse_reads() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(FROM, TO + 1), nanos(random));
            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        }
        // every fraction length, not only the 3, 6 and 9 digits Instant writes
        String base = "2026-11-01T01:30:00.";
        for (int digits = 1; digits <= 9; digits++) {
            String text = base + "123456789".substring(0, digits) + "Z";
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leaves_every_other_form_to_the_standard_parser() {
        for (String text : new String[] { "2026-11-01T01:30:00+08:00", "2026-11-01T01:30Z", "2026-02-30T01:30:00Z",
                "2026-13-01T01:30:00Z", "2026-11-01T24:00:00Z", "2026-11-01T01:60:00Z", "2016-12-31T23:59:60Z",
                "0999-11-01T01:30:00Z", "+12026-11-01T01:30:00Z", "2026-11-01T01:30:00.Z",
                "2026-11-01T01:30:00.1234567890Z", "2026-11-01 01:30:00Z", "2026-1x-01T01:30:00Z",
                "2026-11-01T01:30:00z", "2026-11-01T01:30:00.12a4Z", "", "2026-11-01" }) {
            assertThat(IsoInstants.parse(text)).as(text).isNull();
        }
    }

    @Test
    void events_read_back_as_written_and_bad_instants_still_fail() {
        Instant voidedAt = Instant.parse("2026-11-03T02:04:05.000123Z");
        ServiceLogVoided event = new ServiceLogVoided(UUID.randomUUID(), "L-1", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "HK01", 3_000, "2026-11", "wrong elder", voidedAt);
        String json = EventCodec.encode(UUID.randomUUID(), event, "test", Instant.parse("2026-11-03T02:04:05Z"));

        assertThat(json).contains("\"voidedAt\":\"2026-11-03T02:04:05.000123Z\"")
                .contains("\"time\":\"2026-11-03T02:04:05Z\"");
        assertThat(EventCodec.decode(json, ServiceLogVoided.class).data()).isEqualTo(event);
        // an offset is read by the standard parser, to the same instant
        String withOffset = json.replace("2026-11-03T02:04:05.000123Z", "2026-11-03T10:04:05.000123+08:00");
        assertThat(EventCodec.decode(withOffset, ServiceLogVoided.class).data().voidedAt()).isEqualTo(voidedAt);
        String impossible = json.replace("2026-11-03T02:04:05.000123Z", "2026-02-30T02:04:05Z");
        assertThatThrownBy(() -> EventCodec.decode(impossible, ServiceLogVoided.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("2026-02-30");
    }

    private static int nanos(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
