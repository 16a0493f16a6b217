package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void openCreatesTheFileAndStoresTheSchemaVersion() {
        try (Database db = Database.open(dir)) {
            assertEquals(newestMigration(), db.schemaVersion());
        }
        assertTrue(Files.exists(dir.resolve("medaid.mv.db")));
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO audit (at, user_name, action, table_name, record_id) VALUES (CURRENT_TIMESTAMP, 'u', 'X', 't', 1)"));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM audit"));
            assertEquals(migrationCount(), count(db, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"));
        }
    }

    @Test
    void closingTwiceIsHarmlessAndReleasesTheFile() {
        Database db = Database.open(dir);
        db.close();
        db.close();
        try (Database again = Database.open(dir)) {
            assertEquals(newestMigration(), again.schemaVersion());
        }
    }

    @Test
    void aFailingTransactionLeavesNothing() {
        try (Database db = Database.open(dir)) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                c.createStatement().executeUpdate(
                        "INSERT INTO audit (at, user_name, action, table_name, record_id) VALUES (CURRENT_TIMESTAMP, 'u', 'X', 't', 1)");
                throw new IllegalStateException("user action failed half-way");
            }));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM audit"));
        }
    }

    @Test
    void dataFolderPropertyOverridesTheDefault() {
        String before = System.getProperty(DataFolder.PROPERTY);
        try {
            System.setProperty(DataFolder.PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath(), DataFolder.resolve());
        } finally {
            if (before == null) {
                System.clearProperty(DataFolder.PROPERTY);
            } else {
                System.setProperty(DataFolder.PROPERTY, before);
            }
        }
    }

    static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The migrations in src/main/resources/db/migration, as Flyway numbers them. */
    private static java.util.List<Integer> migrations() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String newestMigration() {
        java.util.List<Integer> all = migrations();
        return String.valueOf(all.get(all.size() - 1));
    }

    /** The SQL migrations and the one Java migration (V41, the audit chain's seal: ADR 0035). */
    private static int migrationCount() {
        return migrations().size() + 1;
    }
}
