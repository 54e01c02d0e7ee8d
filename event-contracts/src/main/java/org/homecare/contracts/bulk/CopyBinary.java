package org.homecare.contracts.bulk;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format ({@code copy ... from stdin with (format binary)}): each value as the bytes
 * the server stores, so it parses no text. In the text format, reading the ids, dates and instants of each log back
 * (hex digits, calendar fields) was a fifth of the server's work on the log copy.
 * <p>
 * A writer holds one COPY's rows: {@link #row} with the number of fields, a value per field in the table's column
 * order, and {@link #bytes} once at the end.
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
    /** PostgreSQL counts dates and timestamps from 2000-01-01 (UTC for timestamptz). */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;

    private byte[] buffer;
    private int size;

    CopyBinary(int expectedBytes) {
        buffer = new byte[Math.max(64, expectedBytes)];
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        putInt(0); // flags: no OIDs
        putInt(0); // no header extension
    }

    CopyBinary row(int fields) {
        putShort(fields);
        return this;
    }

    CopyBinary uuid(UUID value) {
        if (value == null) {
            return nullValue();
        }
        putInt(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    CopyBinary text(String value) {
        if (value == null) {
            return nullValue();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    CopyBinary int4(int value) {
        putInt(4);
        putInt(value);
        return this;
    }

    CopyBinary int8(long value) {
        putInt(8);
        putLong(value);
        return this;
    }

    CopyBinary date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        putInt(4);
        putInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** To the microsecond, rounded as the server rounds an instant it reads as text. */
    CopyBinary timestamptz(Instant value) {
        if (value == null) {
            return nullValue();
        }
        putInt(8);
        putLong(Math.addExact(Math.multiplyExact(value.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L),
                (value.getNano() + 500) / 1_000));
        return this;
    }

    /** A column's value by its type; null is SQL null. */
    CopyBinary value(PgType type, Object value) {
        if (value == null) {
            return nullValue();
        }
        return switch (type) {
            case UUID -> uuid((UUID) value);
            case TEXT -> text(Columns.text(value));
            case BOOL -> bool((Boolean) value);
            case INT4 -> int4(((Number) value).intValue());
            case INT8 -> int8(((Number) value).longValue());
            case FLOAT8 -> float8(((Number) value).doubleValue());
            case DATE -> date((LocalDate) value);
            case TIMESTAMPTZ -> timestamptz((Instant) value);
            case JSONB -> jsonb(value.toString());
        };
    }

    CopyBinary bool(boolean value) {
        putInt(1);
        ensure(1);
        buffer[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    CopyBinary float8(double value) {
        putInt(8);
        putLong(Double.doubleToLongBits(value));
        return this;
    }

    /** jsonb's binary form: a version byte (1), then the JSON text. */
    CopyBinary jsonb(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length + 1);
        ensure(bytes.length + 1);
        buffer[size++] = 1;
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** The rows and the trailer: the whole input of the COPY. */
    byte[] bytes() {
        putShort(-1);
        return Arrays.copyOf(buffer, size);
    }

    private CopyBinary nullValue() {
        putInt(-1);
        return this;
    }

    private void putShort(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void putLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void ensure(int bytes) {
        if (size + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
        }
    }
}
