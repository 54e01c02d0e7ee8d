package org.homecare.contracts.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecare.contracts.bulk.Column.column;
import static org.homecare.contracts.bulk.Column.written;
import static org.homecare.contracts.bulk.PgType.BOOL;
import static org.homecare.contracts.bulk.PgType.DATE;
import static org.homecare.contracts.bulk.PgType.INT4;
import static org.homecare.contracts.bulk.PgType.INT8;
import static org.homecare.contracts.bulk.PgType.JSONB;
import static org.homecare.contracts.bulk.PgType.TEXT;
import static org.homecare.contracts.bulk.PgType.TIMESTAMPTZ;
import static org.homecare.contracts.bulk.PgType.UUID;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    enum Status { ACCEPTED }

    record Log(java.util.UUID id, String note, int units, Long amountFen, LocalDate day, Instant at, boolean paid,
            Status status) {
    }

    private static final java.util.UUID ID = java.util.UUID.fromString("01234567-89ab-4cde-8f01-23456789abcd");

    private static final Columns<Log> LOGS = Columns.of(
            column("id", UUID, Log::id),
            column("note", TEXT, Log::note),
            column("units", INT4, Log::units),
            column("amount_fen", INT8, Log::amountFen),
            column("service_date", DATE, Log::day),
            column("at", TIMESTAMPTZ, Log::at),
            column("paid", BOOL, Log::paid),
            column("status", TEXT, Log::status));

    @Test
    void names_an_array_parameter_per_column_with_its_cast() {
        assertThat(LOGS.insertFromUnnest("service_log")).isEqualTo("insert into service_log (id, note, units, "
                + "amount_fen, service_date, at, paid, status) select * from unnest(?::uuid[], ?::text[], ?::int4[], "
                + "?::int8[], ?::date[], ?::timestamptz[], ?::bool[], ?::text[])");
        assertThat(LOGS.unnestAs("t")).isEqualTo("unnest(?::uuid[], ?::text[], ?::int4[], ?::int8[], ?::date[], "
                + "?::timestamptz[], ?::bool[], ?::text[]) as t(id, note, units, amount_fen, service_date, at, paid, "
                + "status)");
    }

    @Test
    void names_the_columns_of_a_text_and_a_binary_copy() {
        assertThat(LOGS.copyText("service_log")).isEqualTo(
                "copy service_log (id, note, units, amount_fen, service_date, at, paid, status) from stdin");
        assertThat(LOGS.copyBinary("service_log")).isEqualTo("copy service_log (id, note, units, amount_fen, "
                + "service_date, at, paid, status) from stdin with (format binary)");
    }

    @Test
    void escapes_tab_newline_carriage_return_and_backslash_in_a_text_copy_row_and_writes_null_as_backslash_n() {
        StringBuilder out = new StringBuilder();
        LOGS.appendTextRow(out, new Log(ID, "a\tb\nc\rd\\e", 3, null, LocalDate.of(2026, 11, 22),
                Instant.parse("2026-11-22T02:00:00.123456Z"), true, Status.ACCEPTED));
        LOGS.appendTextRow(out, new Log(ID, null, 0, 1_500L, null, null, false, null));

        assertThat(out.toString()).isEqualTo(
                "01234567-89ab-4cde-8f01-23456789abcd\ta\\tb\\nc\\rd\\\\e\t3\t\\N\t2026-11-22\t"
                        + "2026-11-22T02:00:00.123456Z\tt\tACCEPTED\n"
                        + "01234567-89ab-4cde-8f01-23456789abcd\t\\N\t0\t1500\t\\N\t\\N\tf\t\\N\n");
    }

    @Test
    void writes_written_columns_in_place_escaping_json_backslashes_and_text_control_characters() {
        Columns<String> rows = Columns.of(
                written("facts", JSONB, (out, s) -> out.append("{\"note\":\"").append(s).append("\"}")),
                written("list", TEXT, (out, s) -> out.append(s).append(",x")));
        StringBuilder out = new StringBuilder();
        rows.appendTextRow(out, "plain");
        rows.appendTextRow(out, "tab\\t\tend");

        assertThat(out.toString()).isEqualTo("{\"note\":\"plain\"}\tplain,x\n"
                + "{\"note\":\"tab\\\\t\\tend\"}\ttab\\\\t\\tend,x\n");
    }

    @Test
    void writes_a_binary_copy_value_by_its_column_type() {
        byte[] copy = LOGS.binaryRows(List.of(new Log(ID, "合肥", 3, 1_500L, LocalDate.of(2000, 1, 2),
                Instant.parse("2000-01-01T00:00:01Z"), true, Status.ACCEPTED)), 64);

        ByteBuffer in = ByteBuffer.wrap(copy, 19, copy.length - 19);
        assertThat(in.getShort()).as("fields").isEqualTo((short) 8);
        assertThat(in.getInt()).isEqualTo(16);
        assertThat(new java.util.UUID(in.getLong(), in.getLong())).isEqualTo(ID);
        byte[] utf8 = "合肥".getBytes(StandardCharsets.UTF_8);
        assertThat(in.getInt()).isEqualTo(utf8.length);
        in.position(in.position() + utf8.length);
        assertThat(in.getInt()).isEqualTo(4);
        assertThat(in.getInt()).isEqualTo(3);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).isEqualTo(1_500L);
        assertThat(in.getInt()).isEqualTo(4);
        assertThat(in.getInt()).as("days after 2000-01-01").isEqualTo(1);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).as("microseconds after 2000-01-01T00:00Z").isEqualTo(1_000_000L);
        assertThat(in.getInt()).isEqualTo(1);
        assertThat(in.get()).as("true").isEqualTo((byte) 1);
        assertThat(in.getInt()).isEqualTo(8);
        byte[] status = new byte[8];
        in.get(status);
        assertThat(new String(status, StandardCharsets.UTF_8)).isEqualTo("ACCEPTED");
        assertThat(in.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void binds_ids_dates_instants_and_booleans_as_one_literal_and_numbers_and_text_as_driver_arrays()
            throws Exception {
        List<String> calls = new ArrayList<>();
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    calls.add("createArrayOf " + args[0] + " " + Arrays.toString((Object[]) args[1]) + " "
                            + args[1].getClass().getSimpleName());
                    return null;
                });
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[0] + (method.getName().equals("setString") ? " " + args[1]
                            : ""));
                    return null;
                });

        int next = LOGS.bindArrays(connection, statement, 2, List.of(
                new Log(ID, "a,\"b\"", 3, 1_500L, LocalDate.of(2026, 11, 22),
                        Instant.parse("2026-11-22T02:00:00Z"), true, Status.ACCEPTED),
                new Log(null, null, 4, null, null, null, false, null)));

        assertThat(next).isEqualTo(10);
        assertThat(calls).containsExactly(
                "setString 2 {01234567-89ab-4cde-8f01-23456789abcd,NULL}",
                "createArrayOf text [a,\"b\", null] String[]", "setArray 3",
                "createArrayOf int4 [3, 4] Integer[]", "setArray 4",
                "createArrayOf int8 [1500, null] Long[]", "setArray 5",
                "setString 6 {2026-11-22,NULL}",
                "setString 7 {2026-11-22T02:00Z,NULL}",
                "setString 8 {t,f}",
                "createArrayOf text [ACCEPTED, null] String[]", "setArray 9");
    }
}
