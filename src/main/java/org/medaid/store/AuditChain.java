package org.medaid.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The audit trail's hash chain (ADR 0035): row k's hash is SHA-256 over row k−1's hash and row k's own
 * content (id, time as an instant, user, action, table, record id, old and new value), each field length-
 * prefixed so no two contents encode alike. The first row chains onto {@link #GENESIS}.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of one row given the previous row's hash; {@code at} is an {@link OffsetDateTime}. */
    static String hash(String prev, long id, OffsetDateTime at, String user, String action, String table, long recordId,
            String oldValue, String newValue) {
        StringBuilder s = new StringBuilder(256);
        for (String field : new String[] {prev, Long.toString(id), at.toInstant().toString(), user, action, table,
                Long.toString(recordId), oldValue, newValue}) {
            if (field == null) {
                s.append("-;");
            } else {
                s.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A CLOB as H2 hands it to a trigger ({@link Sql#text}), or a string as JDBC reads it. */
    static String text(Object value) throws SQLException {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return value instanceof Clob clob ? Sql.text(clob) : value.toString();
    }

    /**
     * Walks the whole chain in id order and compares every stored hash with the one recomputed, then the
     * newest hash with the head's. Reads one row at a time; a read-only transaction suffices.
     */
    public static AuditCheck verify(Tx c) throws SQLException {
        return c.streamed(AuditChain::walk);
    }

    /** {@link #verify}, its rows streamed in the primary key's order (ADR 0108). */
    private static AuditCheck walk(Tx c) throws SQLException {
        String prev = GENESIS;
        long count = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, at, user_name, action, table_name, record_id, old_value, "
                        + "new_value, prev_hash, row_hash FROM audit ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String stored = rs.getString(10);
                if (!prev.equals(rs.getString(9))) {
                    return AuditCheck.broken(count, id, AuditCheck.Fault.LINK);
                }
                String expected = hash(prev, id, rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8));
                if (!expected.equals(stored)) {
                    return AuditCheck.broken(count, id, AuditCheck.Fault.CONTENT);
                }
                prev = stored;
                count++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT tip_hash, rows FROM audit_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !prev.equals(rs.getString(1)) || rs.getLong(2) != count) {
                return AuditCheck.broken(count, -1, AuditCheck.Fault.HEAD);
            }
        }
        return AuditCheck.intact(count);
    }
}
