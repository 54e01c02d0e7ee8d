package org.homecare.contracts.bulk;

/**
 * The PostgreSQL type of a bulk-written column: it names the array cast of an array-parameter statement and decides
 * how a value is written in text and binary COPY.
 */
public enum PgType {
    UUID("uuid", true),
    TEXT("text", false),
    BOOL("bool", true),
    INT4("int4", true),
    INT8("int8", true),
    FLOAT8("float8", true),
    DATE("date", true),
    TIMESTAMPTZ("timestamptz", true),
    JSONB("jsonb", false);

    private final String sqlName;
    private final boolean plainText;

    PgType(String sqlName, boolean plainText) {
        this.sqlName = sqlName;
        this.plainText = plainText;
    }

    public String sqlName() {
        return sqlName;
    }

    /**
     * Whether the text form of every value never needs quoting or escaping (ids, numbers, ISO dates and instants), so
     * it goes into an array literal or a COPY row as it is.
     */
    boolean plainText() {
        return plainText;
    }
}
