package org.medaid.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The check a store passes before the desk starts on it (ADR 0030): H2 opened it (done by
 * {@link Database#open}), every migration in its history succeeded, every table reads from its first row
 * to its last with every column, and every {@link Verifier} added (the audit chain's, where present) agrees.
 * A failure names what failed; the store is then never used.
 */
public final class StoreCheck {

    /** A further check of an open store, e.g. the audit hash chain; throws with its reason when it fails. */
    public interface Verifier {
        String name();

        void verify(Tx c) throws SQLException;
    }

    private StoreCheck() {
    }

    /** Runs the checks; throws {@link StoreException} naming the first that failed. */
    public static void verify(Database db, List<Verifier> verifiers) {
        db.read(c -> {
            migrationsSucceeded(c);
            for (String table : tables(c)) {
                readWhole(c, table);
            }
            for (Verifier v : verifiers) {
                try {
                    v.verify(c);
                } catch (SQLException | RuntimeException e) {
                    throw new StoreException(v.name() + " failed: " + e.getMessage(), e);
                }
            }
            return null;
        });
    }

    private static void migrationsSucceeded(Tx c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new StoreException("the schema history records a failed migration");
            }
        }
    }

    private static List<String> tables(Tx c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Reads every row and column, so that a damaged page anywhere in the table fails here, not later. */
    private static void readWhole(Tx c, String table) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("table " + table + " cannot be read: " + e.getMessage(), e);
        }
    }
}
