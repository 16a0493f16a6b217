package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medaid.model.TextLimit;

/** Small JDBC helpers shared by the store's classes. */
public final class Sql {

    /** SQLSTATE of a unique-index violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /**
     * The text of a CLOB as H2 hands it out (to a trigger, or from {@code getObject}): H2's {@code getAsciiStream} of
     * a CLOB is the value's text in UTF-8 in one byte array, where its character stream builds a buffered reader and a
     * decoder per value (two 8 KB buffers; 12 % of a list import's CPU in the audit trigger). Should an H2 upgrade
     * make that stream lossy, {@code AuditChainTest} and {@code FingerprintTest} fail on their Chinese values.
     */
    public static String text(java.sql.Clob clob) throws SQLException {
        try (java.io.InputStream in = clob.getAsciiStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot read a text value: " + e.getMessage(), e);
        }
    }

    /**
     * Makes H2 keep every query's rows in the heap, never in a file of their own (ADR 0108). H2 moves a result larger
     * than its in-memory limit (40,000 rows per GB of heap) into a new file in the system's temporary folder, which it
     * encrypts only under its own {@code CIPHER=AES}; the desk's store is encrypted by its file path instead (ADR 0107),
     * so that file would hold the rows in clear. The limit belongs to the open database, not to one connection: set
     * on every connection the desk takes, it holds whichever open the connection came from. Large reads stream
     * instead ({@link Tx#streamed}).
     */
    public static void keepResultsInMemory(java.sql.Connection c) throws SQLException {
        org.h2.engine.Database h2 = ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession())
                .getDatabase();
        if (h2.getMaxMemoryRows() != Integer.MAX_VALUE) {
            h2.setMaxMemoryRows(Integer.MAX_VALUE);
        }
    }

    /**
     * The store's failure for a database error, without the values H2 quotes in its messages (a unique
     * violation names the ID number, a too-long value repeats the text: personal data that would reach the
     * screen and the log). A value longer than its column becomes a {@link TooLongException} naming the field
     * (ADR 0053). The cause kept is a copy of {@code e} with the same stack and the values masked.
     */
    public static StoreException failure(String what, SQLException e) {
        SQLException masked = masked(e);
        if (VALUE_TOO_LONG.equals(e.getSQLState())) {
            return tooLong(String.valueOf(e.getMessage()), masked);
        }
        return new StoreException(what + ": " + masked.getMessage(), masked);
    }

    /** SQLSTATE of a value longer than its column. */
    static final String VALUE_TOO_LONG = "22001";
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern COLUMN = Pattern.compile("column \"(\\w+) [A-Z ]+\\((\\d+)\\)\"");
    private static final Pattern TABLE = Pattern.compile("(?i)(?:INSERT\\s+INTO|UPDATE|MERGE\\s+INTO)\\s+(?:PUBLIC\\.)?\"?(\\w+)");

    /** H2's message with every quoted literal replaced by '…'. */
    static String mask(String message) {
        return message == null ? null : QUOTED.matcher(message).replaceAll("'…'");
    }

    private static SQLException masked(SQLException e) {
        SQLException copy = new SQLException(mask(e.getMessage()), e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        if (e.getNextException() != null) {
            copy.setNextException(masked(e.getNextException()));
        }
        return copy;
    }

    private static TooLongException tooLong(String message, SQLException masked) {
        Matcher column = COLUMN.matcher(message);
        Matcher table = TABLE.matcher(message);
        if (!column.find()) {
            return new TooLongException(null, 0, masked);
        }
        int max = Integer.parseInt(column.group(2));
        String name = (table.find() ? table.group(1) + "." : "") + column.group(1);
        for (TextLimit limit : TextLimit.values()) {
            if (limit.column() != null && limit.column().equalsIgnoreCase(name)) {
                return new TooLongException(limit, max, masked);
            }
        }
        return new TooLongException(null, max, masked);
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** The smallest string greater than every string starting with {@code prefix}: the end of a prefix range. */
    public static String prefixEnd(String prefix) {
        return prefix + '\uffff';
    }
}
