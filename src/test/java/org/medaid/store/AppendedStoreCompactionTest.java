package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.security.StoreKey;
import org.medaid.session.TestSessions;

/**
 * The desk works on an append-only file (REUSE_SPACE=FALSE, ADR 0053), so every session leaves dead chunks
 * behind; the open before the desk's own must give that space back, or a desk used daily would grow its file
 * without end. Real H2 files, many short sessions, each saving a few people, as a clerk's days do.
 */
class AppendedStoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void manySessionsLeaveAFileMostlyLiveAndEveryPersonInIt() throws IOException {
        int sessions = 30;
        for (int day = 0; day < sessions; day++) {
            try (Database db = Database.open(dir)) {
                enrolThree(db, day);
            }
        }
        int live = liveFillRate(dir);
        try (Database db = Database.open(dir)) {
            assertEquals(sessions * 3, count(db), "every person saved in every session is there");
        }
        // the maintenance open compacts fully below 50 % live, so after it at least half the file is live;
        // without it, 30 appended sessions leave a file a few percent live (measured: 4 %)
        assertTrue(live >= Database.COMPACT_BELOW_FILL / 2,
                "after " + sessions + " sessions only " + live + " % of the file is live; file "
                        + Files.size(dir.resolve("medaid.mv.db")) + " bytes");
        assertTrue(Files.size(dir.resolve("medaid.mv.db")) < 4L * 1024 * 1024,
                "the file holds 90 people in " + Files.size(dir.resolve("medaid.mv.db")) + " bytes");
    }

    @Test
    void theDesksExitCompactsAFileALargeLoadLeftMostlyDead() {
        try (Database db = Database.open(dir)) {
            enrolThree(db, 0);
        }
        Database db = Database.open(dir);
        for (int day = 1; day <= 40; day++) {
            enrolThree(db, day);
        }
        db.close();
        int afterClose = liveFillRate(dir);
        db = Database.open(dir);
        for (int day = 41; day <= 80; day++) {
            enrolThree(db, day);
        }
        db.closeAndCompact();
        int afterExit = liveFillRate(dir);
        assertTrue(afterClose < Database.COMPACT_BELOW_FILL,
                "the load left " + afterClose + " % live after a plain close (the case the exit is for)");
        assertTrue(afterExit >= Database.COMPACT_BELOW_FILL, "after the exit " + afterExit + " % is live");
        try (Database again = Database.open(dir)) {
            assertEquals(81 * 3, count(again));
        }
    }

    @Test
    void anEncryptedStoreIsCompactedAndStillOpensWithItsKey() {
        StoreKey key = StoreKey.random();
        for (int day = 0; day < 12; day++) {
            try (Database db = Database.open(dir, key)) {
                enrolThree(db, day);
            }
        }
        try (Database db = Database.open(dir, key)) {
            assertEquals(36, count(db));
        }
    }

    @Test
    void aBackupTakenAfterALargeLoadHoldsTheStoreCompacted() throws IOException {
        try (Database db = Database.open(dir)) {
            enrolThree(db, 0);
        }
        Path backups = dir.resolveSibling(dir.getFileName() + "-backups");
        org.medaid.backup.BackupResult made;
        long live;
        try (Database db = Database.open(dir)) {
            for (int day = 1; day <= 80; day++) {
                enrolThree(db, day);
            }
            live = Files.size(dir.resolve("medaid.mv.db"));
            made = new org.medaid.backup.BackupService(java.time.Clock.systemUTC(), "test").backup(db, backups, "medaid");
        }
        long inBackup;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(made.file().toFile())) {
            inBackup = z.getEntry("medaid.mv.db").getSize();
        }
        // H2's BACKUP TO alone copies the file with the session's dead chunks (measured: as large as the file)
        assertTrue(inBackup * 2 < live, "the backup's store is " + inBackup + " bytes, the open file " + live);
        assertEquals(81L * 3, new org.medaid.backup.BackupService(java.time.Clock.systemUTC(), "test")
                .verify(made.file(), null).tables().get("PERSON").rows(), "every person is in the backup");
    }

    @Test
    void theStoreWritesNoTraceFileBesideItself() {
        try (Database db = Database.open(dir)) {
            enrolThree(db, 0);
        }
        try (Database db = Database.open(dir)) {
            assertEquals(3, count(db));
        }
        assertTrue(!Files.exists(dir.resolve("medaid.trace.db")),
                "H2's trace file can quote a failed statement's values (personal data in clear)");
    }

    private static void enrolThree(Database db, int day) {
        JdbcPersonStore people = new JdbcPersonStore(db);
        for (int i = 0; i < 3; i++) {
            people.enrol(People.person("张" + day + "_" + i, People.id("430524", 1950 + i, day * 3 + i + 1), "石门村"),
                    List.of(), TestSessions.as(db, "clerk"));
        }
    }

    private static int count(Database db) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM person"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The file's live share now: opened as owner on a closed store, then shut down without compaction. */
    private static int liveFillRate(java.nio.file.Path folder) {
        java.nio.file.Path d = folder.toAbsolutePath();
        StoreCredentials credentials = StoreCredentials.plain();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(credentials.ownerUrl(d) + ";IFEXISTS=TRUE",
                credentials.ownerUser(), credentials.ownerPassword()); java.sql.Statement s = c.createStatement()) {
            int rate = Database.liveFillRate(s);
            s.execute("SHUTDOWN");
            return rate;
        } catch (java.sql.SQLException e) {
            throw new AssertionError("cannot read the fill rate in " + d + ": " + e.getMessage(), e);
        }
    }
}
