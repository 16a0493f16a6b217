package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.security.Keyring;
import org.medaid.security.KeyWrap;
import org.medaid.security.KeyringWriter;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.users.AuthService;
import org.medaid.session.Role;

/**
 * The two attacks on restore (ADR 0033 threat list): a forged backup whose manifest was recomputed after
 * an administrator was injected, and a backup carrying an H2 trigger written in Java. Both are refused
 * before H2 opens their database, and no code of theirs runs.
 */
class BackupAttackTest {

    @TempDir
    Path dir;

    private final StoreKey key = StoreKey.random();
    private final BackupService backups = new BackupService(BackupServiceTest.CLOCK, "test");
    private final RestoreService restores = new RestoreService(backups, BackupServiceTest.CLOCK);
    private Path marker;

    @BeforeEach
    void marker() {
        marker = dir.resolve("trigger-ran.txt");
        System.setProperty(MarkerTrigger.PROPERTY, marker.toString());
    }

    @AfterEach
    void noMarker() {
        System.clearProperty(MarkerTrigger.PROPERTY);
    }

    private Database desk() {
        Database db = Database.open(dir.resolve("desk"), key);
        new KeyringWriter(db.folder(), new KeyWrap(100_000)).setPassword(key, "admin", "admin-pass-1".toCharArray());
        return db;
    }

    @Test
    void aBackupOfThisDeskRestoresAndKeepsItsKeyring() throws Exception {
        try (Database db = desk()) {
            new JdbcPersonStore(db).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(),
                    org.medaid.session.TestSessions.as(db, "clerk"));
            // H2 writes statistics into the table definitions (SELECTIVITY) once a table grows: still the same schema
            // the desk's own name for its open store (ADR 0107), so H2 hands out the database already open
            String name = org.medaid.store.crypt.AesFilePath.name(db.folder().resolve("medaid").toString(), key.filePassword());
            try (Connection c = DriverManager.getConnection("jdbc:h2:" + name, "OWNER", new String(key.ownerPassword()));
                    Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            Path backup = backups.backup(db, dir.resolve("out"), "medaid").file();
            assertEquals(1, restores.check(backup, db).tables().get("PERSON").rows());
            try (ZipFile z = new ZipFile(backup.toFile())) {
                Keyring ring = Keyring.parse(z.getInputStream(z.getEntry(BackupFiles.KEYRING)).readAllBytes());
                assertEquals(key.id(), ring.keyId());
                assertTrue(ring.entries().containsKey("admin"));
            }
        }
    }

    @Test
    void aForgedBackupWithAnInjectedAdministratorAndARecomputedManifestIsRefused() throws Exception {
        Path genuine;
        try (Database db = desk()) {
            genuine = backups.backup(db, dir.resolve("out"), "medaid").file();
        }
        // The attacker has no key: they build their own store with an administrator they know the
        // password of, take a backup of it (manifest recomputed by the program itself), and put the
        // desk's keyring into it so that it looks like the desk's.
        Path forged = dir.resolve("forged.zip");
        StoreKey attackers = StoreKey.random();
        try (Database evil = Database.open(dir.resolve("evil"), attackers)) {
            new AuthService(evil, Clock.systemUTC()).createFirstAdministrator("mallory", "Mallory", "mallory-pass-1".toCharArray());
            Path evilBackup = backups.backup(evil, dir.resolve("evil-out"), "medaid").file();
            try (ZipFile e = new ZipFile(evilBackup.toFile()); ZipFile g = new ZipFile(genuine.toFile());
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(forged))) {
                copy(e, BackupFiles.DATABASE, out);
                copy(e, BackupFiles.MANIFEST, out);
                copy(g, BackupFiles.KEYRING, out);
                copy(e, BackupFiles.MAC, out);
            }
            assertRefused(forged, BackupProblem.TAMPERED);
            assertRefused(evilBackup, BackupProblem.OTHER_DESK);
        }
    }

    @Test
    void aBackupCarryingAJavaTriggerIsRefusedBeforeH2OpensItAndTheTriggerNeverRuns() throws Exception {
        Path withTrigger = dir.resolve("trigger.zip");
        Path unsigned = dir.resolve("trigger-unsigned.zip");
        try (Database db = desk()) {
            // The worst case: someone who holds the key (an insider) plants a trigger in a copy of the store.
            Path copy = dir.resolve("copy");
            Files.createDirectories(copy);
            db.backupTo(copy.resolve("h2.zip"));
            try (ZipFile z = new ZipFile(copy.resolve("h2.zip").toFile())) {
                Files.copy(z.getInputStream(z.getEntry(BackupFiles.DATABASE)), copy.resolve(BackupFiles.DATABASE));
            }
            String url = "jdbc:h2:file:" + copy.resolve("medaid") + ";CIPHER=AES";
            try (Connection c = DriverManager.getConnection(url, "OWNER", new String(key.filePassword()) + " "
                    + new String(key.ownerPassword())); Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER planted BEFORE INSERT ON person FOR EACH ROW CALL '" + MarkerTrigger.class.getName() + "'");
                s.execute("SHUTDOWN");
            }
            assertTrue(Files.exists(marker), "the trigger class is loaded when created");
            Files.delete(marker);
            Path h2Zip = dir.resolve("planted-h2.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(h2Zip))) {
                out.putNextEntry(new ZipEntry(BackupFiles.DATABASE));
                Files.copy(copy.resolve(BackupFiles.DATABASE), out);
                out.closeEntry();
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, "test", db.schemaVersion(), "2026-12-02T10:00",
                    db.read(Fingerprint::of).tables());
            byte[] keyring = Keyring.read(db.folder()).orElseThrow().toJson();
            BackupFiles.assemble(h2Zip, manifest, keyring, new BackupSeal(key), withTrigger);
            BackupFiles.assemble(h2Zip, manifest, null, null, unsigned);
        }
        assertRefused(withTrigger, BackupProblem.FOREIGN_OBJECTS);
        assertRefused(unsigned, BackupProblem.UNSIGNED);
        assertFalse(Files.exists(marker), "no code from the backup ran");
    }

    @Test
    void aBackupRestoresOnANewDeskWithAUsersPasswordOrTheRecoveryCode() throws Exception {
        Path backup;
        String code;
        try (Database db = desk()) {
            code = new KeyringWriter(db.folder(), new KeyWrap(100_000)).newRecoveryCode(key);
            // on a new PC a password restores only when it is an active administrator's of the backup (ADR 0054)
            new org.medaid.users.AuthService(db, java.time.Clock.systemDefaultZone())
                    .createFirstAdministrator("admin", "管理员", "admin-pass-1".toCharArray());
            new JdbcPersonStore(db).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(),
                    org.medaid.session.TestSessions.as(db, "clerk"));
            backup = backups.backup(db, dir.resolve("out"), "medaid").file();
        }
        BackupException wrong = assertThrows(BackupException.class,
                () -> restores.restoreOnNewDesk(backup, dir.resolve("pc2"), "admin", "admin-pass-2".toCharArray()));
        assertEquals(BackupProblem.WRONG_SECRET, wrong.problem());
        assertFalse(Files.exists(dir.resolve("pc2").resolve(BackupFiles.DATABASE)));
        for (String[] way : new String[][] {{"pc2", "admin", "admin-pass-1"}, {"pc3", null, code.toLowerCase()}}) {
            Path folder = dir.resolve(way[0]);
            assertEquals(1, restores.restoreOnNewDesk(backup, folder, way[1], way[2].toCharArray()).manifest().tables().get("PERSON").rows());
            try (Database db = Database.open(folder, key)) {
                assertTrue(new JdbcPersonStore(db).byIdNumber(People.id("430524", 1960, 13)).isPresent());
            }
            assertEquals(key.id(), Keyring.read(folder).orElseThrow().keyId());
        }
    }

    private void assertRefused(Path file, BackupProblem expected) {
        try (Database db = Database.open(dir.resolve("desk"), key)) {
            Fingerprint before = db.read(Fingerprint::of);
            BackupException e = assertThrows(BackupException.class, () -> restores.stage(db, file, dir.resolve("safety")));
            assertEquals(expected, e.problem(), String.valueOf(e.getCause()));
            assertEquals(before, db.read(Fingerprint::of));
            assertFalse(RestoreService.isPending(db.folder()));
        }
    }

    private static void copy(ZipFile from, String name, ZipOutputStream out) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        from.getInputStream(from.getEntry(name)).transferTo(out);
        out.closeEntry();
    }
}
