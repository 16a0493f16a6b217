package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail is a hash chain that H2 itself keeps append-only (ADR 0035). */
class AuditChainTest {

    @TempDir
    Path dir;

    private final AuditWriter writer = new AuditWriter(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void everyRowIsChainedAndTheChainVerifies() {
        try (Database db = Database.open(dir)) {
            writeRows(db, 5);
            AuditCheck check = db.verifyAudit();
            assertTrue(check.intact(), check.toString());
            assertEquals(5, check.rows());
            assertEquals("审计记录完整, 5 条", check.sentence(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void updateDeleteAndTruncateOfTheAuditTableAreRefusedOnAnyConnection() {
        try (Database db = Database.open(dir)) {
            writeRows(db, 3);
            for (String sql : new String[] {"UPDATE audit SET user_name = 'someone' WHERE id = 2", "DELETE FROM audit WHERE id = 2",
                    "DELETE FROM audit", "TRUNCATE TABLE audit", "MERGE INTO audit (id, at, user_name, action, table_name, record_id) "
                            + "KEY (id) VALUES (2, CURRENT_TIMESTAMP, 'x', 'X', 't', 1)"}) {
                refused(db, sql);
            }
            assertTrue(db.verifyAudit().intact());
            assertEquals(3, db.verifyAudit().rows());
        }
    }

    @Test
    void aRowInsertedByHandIsChainedToo() {
        try (Database db = Database.open(dir)) {
            writeRows(db, 2);
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO audit (at, user_name, action, table_name, "
                    + "record_id, prev_hash, row_hash) VALUES (CURRENT_TIMESTAMP, 'x', 'X', 't', 1, 'forged', 'forged')"));
            assertTrue(db.verifyAudit().intact(), db.verifyAudit().toString());
        }
    }

    @Test
    void aChangedRowIsNamedAfterTheTriggerIsGone() throws SQLException {
        try (Database db = Database.open(dir)) {
            writeRows(db, 4);
        }
        // someone with the file and H2's own tools (the case the encrypted store and non-admin user prevent, ADR 0033)
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("medaid"), "medaid", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_no_change");
            s.executeUpdate("UPDATE audit SET user_name = 'someone' WHERE id = 3");
        }
        try (Database db = Database.open(dir)) {
            AuditCheck check = db.verifyAudit();
            assertFalse(check.intact());
            assertEquals(3, check.firstBroken());
            assertEquals(AuditCheck.Fault.CONTENT, check.fault());
            assertEquals("审计记录第 3 号的内容已被改动（此前 2 条完整）", check.sentence(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void aDeletedRowBreaksTheLinkOfTheNext() throws SQLException {
        try (Database db = Database.open(dir)) {
            writeRows(db, 4);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("medaid"), "medaid", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_no_change");
            s.executeUpdate("DELETE FROM audit WHERE id = 2");
        }
        try (Database db = Database.open(dir)) {
            AuditCheck check = db.verifyAudit();
            assertEquals(3, check.firstBroken());
            assertEquals(AuditCheck.Fault.LINK, check.fault());
        }
    }

    @Test
    void rowsWrittenBeforeTheChainAreSealedByTheMigration() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("medaid") + ";DB_CLOSE_ON_EXIT=FALSE",
                "medaid", "")) {
            org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve("medaid"), "medaid", "")
                    .locations("classpath:db/migration").target("5").load().migrate();
            try (Statement s = c.createStatement()) {
                for (int i = 0; i < 3; i++) {
                    s.executeUpdate("INSERT INTO audit (at, user_name, action, table_name, record_id, new_value) "
                            + "VALUES (CURRENT_TIMESTAMP, 'old', 'INSERT', 'person', " + i + ", '{\"a\":1}')");
                }
            }
        }
        try (Database db = Database.open(dir)) {
            writeRows(db, 1);
            AuditCheck check = db.verifyAudit();
            assertTrue(check.intact(), check.toString());
            assertEquals(4, check.rows());
        }
    }

    private void writeRows(Database db, int n) {
        for (int i = 0; i < n; i++) {
            long id = i;
            db.inTransaction(c -> {
                writer.write(c, "clerk", AuditWriter.INSERT, "person", id, null, Map.of("name", "张三" + id));
                return null;
            });
        }
    }

    private static void refused(Database db, String sql) {
        try {
            db.inTransaction(c -> c.createStatement().executeUpdate(sql));
            fail("accepted: " + sql);
        } catch (RuntimeException expected) {
            // refused by the trigger (UPDATE, DELETE, MERGE) or by the guard's foreign key (TRUNCATE)
        }
    }
}
