package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.security.StoreKey;

class EncryptedStoreTest {

    @TempDir
    Path dir;

    private static long audits(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void insertAudit(Database db) {
        db.inTransaction(c -> {
            new AuditWriter(java.time.Clock.systemUTC()).write(c, "tester", "INSERT", "person", 1, null, "x");
            return null;
        });
    }

    @Test
    void theStoreReopensWithItsKeyAndNotWithAnother() {
        StoreKey key = StoreKey.random();
        try (Database db = Database.open(dir, key)) {
            insertAudit(db);
        }
        try (Database db = Database.open(dir, key)) {
            assertEquals(1, audits(db));
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir, StoreKey.random()));
        assertTrue(e.getMessage().contains("cannot open"), e.getMessage());
    }

    @Test
    void theDesksDatabaseUserCannotChangeTheSchema() {
        try (Database db = Database.open(dir, StoreKey.random())) {
            for (String ddl : new String[] {"DROP TABLE audit", "CREATE TABLE x (id INT)", "ALTER TABLE audit ADD COLUMN y INT",
                "CREATE ALIAS boom FOR 'java.lang.System.exit'", "CREATE USER eve PASSWORD 'x' ADMIN",
                "CREATE TRIGGER t BEFORE INSERT ON audit FOR EACH ROW CALL 'org.medaid.X'"}) {
                StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute(ddl);
                    }
                    return null;
                }), ddl);
                assertTrue(e.getMessage().toLowerCase().contains("not enough rights")
                        || e.getMessage().toLowerCase().contains("admin rights"), ddl + ": " + e.getMessage());
            }
            insertAudit(db);
            assertEquals(1, audits(db));
        }
    }

    @Test
    void aPlainStoreIsEncryptedInPlaceKeepingItsRows() {
        try (Database db = Database.open(dir)) {
            insertAudit(db);
            insertAudit(db);
        }
        StoreKey key = StoreKey.random();
        StoreEncryption.encryptInPlace(dir, key);
        assertThrows(StoreException.class, () -> Database.open(dir));
        try (Database db = Database.open(dir, key)) {
            assertEquals(2, audits(db));
        }
    }
}
