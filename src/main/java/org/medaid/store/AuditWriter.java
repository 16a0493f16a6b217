package org.medaid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes one audit row per insert, change and void, with the old and new record as JSON. */
public final class AuditWriter {

    public static final String INSERT = "INSERT";
    public static final String UPDATE = "UPDATE";
    public static final String VOID = "VOID";

    private static final String INSERT_SQL = "INSERT INTO audit (at, user_name, action, table_name, record_id, "
            + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Clock clock;

    public AuditWriter(Clock clock) {
        this.clock = clock;
    }

    public void write(Tx c, String user, String action, String table, long recordId, Object oldValue,
            Object newValue) throws SQLException {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every change needs the user who made it");
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
            bind(ps, user, action, table, recordId, oldValue, newValue);
            ps.executeUpdate();
        }
    }

    /**
     * Audit rows sent by one JDBC batch (the list import, ADR 0076): the same rows {@link #write} makes, one per
     * written record, chained by the trigger in the order added. {@link Rows#send} sends what was added.
     */
    public Rows rows(Tx c, String user) throws SQLException {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every change needs the user who made it");
        }
        return new Rows(c.prepareStatement(INSERT_SQL), user);
    }

    /** The pending rows of one batch; close it after the last {@link #send}. */
    public final class Rows implements AutoCloseable {

        private final PreparedStatement ps;
        private final String user;

        private Rows(PreparedStatement ps, String user) {
            this.ps = ps;
            this.user = user;
        }

        public void add(String action, String table, long recordId, Object oldValue, Object newValue) throws SQLException {
            bind(ps, user, action, table, recordId, oldValue, newValue);
            ps.addBatch();
        }

        public void send() throws SQLException {
            ps.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

    private void bind(PreparedStatement ps, String user, String action, String table, long recordId, Object oldValue,
            Object newValue) throws SQLException {
        ps.setObject(1, OffsetDateTime.now(clock));
        ps.setString(2, user);
        ps.setString(3, action);
        ps.setString(4, table);
        ps.setLong(5, recordId);
        ps.setString(6, json(oldValue));
        ps.setString(7, json(newValue));
    }

    /** The record as JSON with the reason of a void added. */
    static ObjectNode withReason(Object record, String reason) {
        ObjectNode node = JSON.valueToTree(record);
        node.put("voidReason", reason);
        return node;
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write the audit value: " + e.getMessage(), e);
        }
    }
}
