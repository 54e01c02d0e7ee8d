package org.homecare.contracts.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

import org.postgresql.PGConnection;

/**
 * A bulk write described once as a column table (name, PostgreSQL type, value of a row) and sent either as an
 * array-parameter statement ({@code insert ... select * from unnest(?::uuid[], ?::text[], ...)}, one array per
 * column), as a text {@code COPY} or as a binary {@code COPY}. Which form a write uses is the caller's choice: the
 * table only keeps the columns, their order and their encodings in one place.
 * <p>
 * Array parameters: ids, dates, instants and booleans go as one array literal the statement casts (their text never
 * needs quoting, and PostgreSQL reads the same text the driver would send, cheaper to write here than through the
 * driver's element-by-element escaping); numbers and text through the driver's binary array encoding.
 *
 * @param <R> the row type
 */
public final class Columns<R> {

    private final List<Column<R>> columns;

    private Columns(List<Column<R>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a bulk write has columns");
        }
        this.columns = columns;
    }

    @SafeVarargs
    public static <R> Columns<R> of(Column<R>... columns) {
        return new Columns<>(List.of(columns));
    }

    public List<Column<R>> columns() {
        return columns;
    }

    /** {@code id, elder_id, ...} */
    public String names() {
        StringJoiner names = new StringJoiner(", ");
        columns.forEach(c -> names.add(c.name()));
        return names.toString();
    }

    /** {@code ?::uuid[], ?::text[], ...}: one array parameter per column, bound by {@link #bindArrays}. */
    public String arrayParameters() {
        StringJoiner parameters = new StringJoiner(", ");
        columns.forEach(c -> parameters.add("?::" + c.type().sqlName() + "[]"));
        return parameters.toString();
    }

    /** {@code unnest(?::uuid[], ...) as t(id, ...)}: the rows as a table in a statement's {@code from}. */
    public String unnestAs(String alias) {
        return "unnest(" + arrayParameters() + ") as " + alias + "(" + names() + ")";
    }

    /** {@code insert into table (id, ...) select * from unnest(?::uuid[], ...)} */
    public String insertFromUnnest(String table) {
        return "insert into " + table + " (" + names() + ") select * from unnest(" + arrayParameters() + ")";
    }

    /** {@code copy table (id, ...) from stdin}: PostgreSQL's text format, as {@link #appendTextRow} writes it. */
    public String copyText(String table) {
        return "copy " + table + " (" + names() + ") from stdin";
    }

    /** {@code copy table (id, ...) from stdin with (format binary)}, as {@link #binaryRows} writes it. */
    public String copyBinary(String table) {
        return copyText(table) + " with (format binary)";
    }

    /**
     * Binds one array per column, in column order, from parameter {@code first} on.
     *
     * @return the next parameter's index
     */
    public int bindArrays(Connection connection, PreparedStatement statement, int first, Collection<? extends R> rows)
            throws SQLException {
        int parameter = first;
        for (Column<R> column : columns) {
            Object[] values = arrayOf(column.type(), rows.size());
            int i = 0;
            for (R row : rows) {
                values[i++] = arrayElement(column.type(), column.valueOf(row));
            }
            switch (column.type()) {
                case UUID, DATE, TIMESTAMPTZ, BOOL -> statement.setString(parameter, literal(column.type(), values));
                default -> statement.setArray(parameter, connection.createArrayOf(elementType(column.type()), values));
            }
            parameter++;
        }
        return parameter;
    }

    /** One row of a text COPY, its newline included: tab-separated, null as {@code \N}, text escaped. */
    public void appendTextRow(StringBuilder out, R row) {
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                out.append('\t');
            }
            Column<R> column = columns.get(c);
            if (column.writer() != null) {
                appendWritten(out, column, row);
            } else {
                appendText(out, column.type(), column.valueOf(row));
            }
        }
        out.append('\n');
    }

    /** A whole binary COPY: header, a row per element, trailer. */
    public byte[] binaryRows(Collection<? extends R> rows, int expectedBytesPerRow) {
        CopyBinary copy = new CopyBinary(rows.size() * expectedBytesPerRow);
        for (R row : rows) {
            copy.row(columns.size());
            for (Column<R> column : columns) {
                copy.value(column.type(), column.valueOf(row));
            }
        }
        return copy.bytes();
    }

    /** Writes the rows into the table with one binary COPY on this connection. */
    public void copyBinaryIn(Connection connection, String table, Collection<? extends R> rows,
            int expectedBytesPerRow) throws SQLException {
        byte[] copy = binaryRows(rows, expectedBytesPerRow);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyBinary(table),
                    new ByteArrayInputStream(copy));
        } catch (IOException e) {
            throw new SQLException("COPY of " + rows.size() + " rows into " + table + " failed", e);
        }
    }

    /** A text COPY into the table, streamed in chunks of about {@code chunkChars} as rows are added. */
    public TextCopy<R> textCopy(Connection connection, String table, int chunkChars) {
        return new TextCopy<>(connection, copyText(table), this, chunkChars);
    }

    private void appendWritten(StringBuilder out, Column<R> column, R row) {
        int start = out.length();
        column.writer().write(out, row);
        // JSON escapes its control characters itself: only its (rare) backslashes need COPY's escaping
        boolean escape = column.type() == PgType.JSONB ? out.indexOf("\\", start) >= 0 : needsEscape(out, start);
        if (escape) {
            String text = out.substring(start);
            out.setLength(start);
            appendEscaped(out, text);
        }
    }

    private static void appendText(StringBuilder out, PgType type, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (type.plainText()) {
            appendPlain(out, type, value);
        } else {
            appendEscaped(out, text(value));
        }
    }

    /** A value whose text never needs quoting or escaping, as PostgreSQL reads it. */
    private static void appendPlain(StringBuilder out, PgType type, Object value) {
        if (value instanceof Long number) {
            out.append(number.longValue());
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else if (value instanceof Boolean bool) {
            out.append(bool ? 't' : 'f');
        } else if (value instanceof Instant instant) {
            // ISO 8601 in UTC (LocalDateTime's printing, cheaper than Instant's)
            out.append(instant.atOffset(ZoneOffset.UTC));
        } else {
            out.append(value);
        }
    }

    private static String literal(PgType type, Object[] values) {
        StringBuilder literal = new StringBuilder(values.length * 38 + 2).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            if (values[i] == null) {
                literal.append("NULL");
            } else {
                appendPlain(literal, type, values[i]);
            }
        }
        return literal.append('}').toString();
    }

    private static Object[] arrayOf(PgType type, int size) {
        return switch (type) {
            case INT4 -> new Integer[size];
            case INT8 -> new Long[size];
            case FLOAT8 -> new Double[size];
            case TEXT, JSONB -> new String[size];
            default -> new Object[size];
        };
    }

    /** A value as the element of its column's array: text as a string, numbers as the array's number type. */
    private static Object arrayElement(PgType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT, JSONB -> text(value);
            case INT4 -> ((Number) value).intValue();
            case INT8 -> ((Number) value).longValue();
            case FLOAT8 -> ((Number) value).doubleValue();
            default -> value;
        };
    }

    /** The driver's element type of a column bound as a driver array (numbers and text). */
    private static String elementType(PgType type) {
        return switch (type) {
            case INT4, INT8, FLOAT8 -> type.sqlName();
            default -> "text";
        };
    }

    static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    private static boolean needsEscape(CharSequence text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Text escaped for COPY's text format: backslash, tab, newline and carriage return. */
    private static void appendEscaped(StringBuilder out, String value) {
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(value, plain, i).append('\\')
                        .append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                plain = i + 1;
            }
        }
        out.append(value, plain, value.length());
    }
}
