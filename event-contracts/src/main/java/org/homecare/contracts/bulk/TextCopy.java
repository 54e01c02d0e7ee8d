package org.homecare.contracts.bulk;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One text {@code COPY} streamed while its rows are still being produced: rows are sent in chunks, so PostgreSQL
 * stores them on one core while the caller goes on on the other. The COPY starts with the first chunk; nothing else
 * may use the connection between the first {@link #add} and {@link #finish}.
 *
 * @param <R> the row type
 */
public final class TextCopy<R> implements AutoCloseable {

    private final Connection connection;
    private final String statement;
    private final Columns<R> columns;
    private final int chunkChars;
    private final StringBuilder rows;
    private CopyIn copy;

    TextCopy(Connection connection, String statement, Columns<R> columns, int chunkChars) {
        this.connection = connection;
        this.statement = statement;
        this.columns = columns;
        this.chunkChars = chunkChars;
        this.rows = new StringBuilder(chunkChars + 4096);
    }

    public void add(R row) throws SQLException {
        columns.appendTextRow(rows, row);
        if (rows.length() >= chunkChars) {
            send();
        }
    }

    /** Sends what is left and ends the COPY; PostgreSQL reports a rejected row here. */
    public void finish() throws SQLException {
        if (rows.length() > 0) {
            send();
        }
        if (copy != null) {
            copy.endCopy();
            copy = null;
        }
    }

    /** Abandons an unfinished COPY (the transaction is rolled back anyway), so the connection is usable again. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void send() throws SQLException {
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
        }
        byte[] chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(chunk, 0, chunk.length);
        rows.setLength(0);
    }
}
