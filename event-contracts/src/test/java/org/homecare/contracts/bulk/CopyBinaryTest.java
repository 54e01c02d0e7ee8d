package org.homecare.contracts.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CopyBinaryTest {

    private static final byte[] SIGNATURE = "PGCOPY\n\u00ff\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void writes_the_header_each_value_as_its_stored_bytes_and_the_trailer() {
        UUID id = UUID.fromString("01234567-89ab-4cde-8f01-23456789abcd");
        byte[] copy = new CopyBinary(8).row(7).uuid(id).text(null).text("合肥 HK01").int4(3).int8(1_500L)
                .date(LocalDate.of(2000, 1, 2)).timestamptz(Instant.parse("1999-12-31T23:59:59.0000015Z")).bytes();

        ByteBuffer in = ByteBuffer.wrap(copy);
        byte[] signature = new byte[11];
        in.get(signature);
        assertThat(signature).isEqualTo(SIGNATURE);
        assertThat(in.getInt()).as("flags").isZero();
        assertThat(in.getInt()).as("header extension").isZero();
        assertThat(in.getShort()).as("fields").isEqualTo((short) 7);
        assertThat(in.getInt()).isEqualTo(16);
        assertThat(new UUID(in.getLong(), in.getLong())).isEqualTo(id);
        assertThat(in.getInt()).as("null").isEqualTo(-1);
        byte[] utf8 = "合肥 HK01".getBytes(StandardCharsets.UTF_8);
        assertThat(in.getInt()).isEqualTo(utf8.length);
        byte[] text = new byte[utf8.length];
        in.get(text);
        assertThat(text).isEqualTo(utf8);
        assertThat(in.getInt()).isEqualTo(4);
        assertThat(in.getInt()).isEqualTo(3);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).isEqualTo(1_500L);
        assertThat(in.getInt()).isEqualTo(4);
        assertThat(in.getInt()).as("days after 2000-01-01").isEqualTo(1);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).as("microseconds after 2000-01-01T00:00Z, rounded").isEqualTo(-999_998L);
        assertThat(in.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void grows_past_the_expected_size() {
        CopyBinary rows = new CopyBinary(1);
        for (int i = 0; i < 1_000; i++) {
            rows.row(1).int8(i);
        }
        byte[] copy = rows.bytes();
        assertThat(copy).hasSize(19 + 1_000 * (2 + 4 + 8) + 2);
        assertThat(ByteBuffer.wrap(Arrays.copyOfRange(copy, copy.length - 10, copy.length - 2)).getLong())
                .isEqualTo(999L);
    }
}
