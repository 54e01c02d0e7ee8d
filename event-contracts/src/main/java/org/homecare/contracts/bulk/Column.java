package org.homecare.contracts.bulk;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a bulk write: its name, its PostgreSQL type and how a row gives its value. A value is read by its
 * column's type: {@link PgType#UUID} a {@link java.util.UUID}, {@link PgType#DATE} a {@link java.time.LocalDate},
 * {@link PgType#TIMESTAMPTZ} an {@link java.time.Instant} (or text already in ISO 8601), numbers any
 * {@link Number}, {@link PgType#BOOL} a {@link Boolean}, text its {@code toString()} (an enum its name); null is SQL
 * null.
 *
 * @param <R> the row type
 */
public final class Column<R> {

    /** Writes a column's text straight into a buffer, for text built from parts (JSON, lists). */
    @FunctionalInterface
    public interface TextWriter<R> {
        void write(StringBuilder out, R row);
    }

    private final String name;
    private final PgType type;
    private final Function<? super R, ?> value;
    private final TextWriter<? super R> writer;

    private Column(String name, PgType type, Function<? super R, ?> value, TextWriter<? super R> writer) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.value = value;
        this.writer = writer;
    }

    public static <R> Column<R> column(String name, PgType type, Function<? super R, ?> value) {
        return new Column<>(name, type, Objects.requireNonNull(value), null);
    }

    /**
     * A text or JSON column whose writer appends its text (never null) to the buffer; in a text COPY it is written in
     * place instead of as a string of its own. A {@link PgType#JSONB} writer must write JSON, which holds no raw tab,
     * newline or carriage return, so only its backslashes need COPY's escaping.
     */
    public static <R> Column<R> written(String name, PgType type, TextWriter<? super R> writer) {
        if (type != PgType.TEXT && type != PgType.JSONB) {
            throw new IllegalArgumentException("only text and jsonb columns are written: " + name);
        }
        return new Column<>(name, type, null, Objects.requireNonNull(writer));
    }

    public String name() {
        return name;
    }

    public PgType type() {
        return type;
    }

    /** Null only for SQL null; a written column's text. */
    Object valueOf(R row) {
        if (writer == null) {
            return value.apply(row);
        }
        StringBuilder text = new StringBuilder();
        writer.write(text, row);
        return text.toString();
    }

    TextWriter<? super R> writer() {
        return writer;
    }
}
