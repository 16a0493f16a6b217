package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;

class RestoreServiceTest {

    @TempDir
    Path dir;

    private final BackupService backups = new BackupService(BackupServiceTest.CLOCK, "test");
    private final RestoreService restores = new RestoreService(backups, BackupServiceTest.CLOCK);

    private Path data() {
        return dir.resolve("data");
    }

    @Test
    void backupThenRestoreGivesBackIdenticalData() {
        Path backup;
        Fingerprint atBackup;
        try (Database db = Database.open(data())) {
            JdbcPersonStore people = new JdbcPersonStore(db);
            PersonRecord p = people.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
            atBackup = db.read(Fingerprint::of);
            backup = backups.backup(db, dir.resolve("out"), "medaid").file();
            // The clerk goes on working after the backup: a change, a new person, a void.
            people.update(withVillage(p, "新屋村"), org.medaid.session.TestSessions.as(db, "clerk"));
            people.enrol(People.person("李四", People.id("430524", 1971, 22), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
            assertNotEquals(atBackup, db.read(Fingerprint::of));
            restores.stage(db, backup, dir.resolve("safety"));
            assertTrue(RestoreService.isPending(data()));
        }
        assertTrue(RestoreService.applyPending(data()));
        try (Database db = Database.open(data())) {
            assertEquals(atBackup, db.read(Fingerprint::of));
            assertEquals("石门村", new JdbcPersonStore(db).byIdNumber(People.id("430524", 1960, 13)).orElseThrow().village());
            assertTrue(new JdbcPersonStore(db).byIdNumber(People.id("430524", 1971, 22)).isEmpty());
        }
        assertFalse(RestoreService.isPending(data()));
        assertFalse(Files.exists(data().resolve(RestoreService.PENDING)));
    }

    @Test
    void theDataBeforeARestoreIsBackedUpFirst() {
        try (Database db = Database.open(data())) {
            Path backup = backups.backup(db, dir.resolve("out"), "medaid").file();
            new JdbcPersonStore(db).enrol(People.person("李四", People.id("430524", 1971, 22), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
            Fingerprint beforeRestore = db.read(Fingerprint::of);
            BackupResult safety = restores.stage(db, backup, dir.resolve("safety"));
            assertTrue(safety.file().getFileName().toString().startsWith(RestoreService.BEFORE_RESTORE));
            assertEquals(beforeRestore, backups.verify(safety.file(), null).fingerprint());
        }
    }

    @Test
    void withNothingStagedTheStoreOpensAsItWas() {
        try (Database db = Database.open(data())) {
            new JdbcPersonStore(db).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        }
        assertFalse(RestoreService.applyPending(data()));
        try (Database db = Database.open(data())) {
            assertTrue(new JdbcPersonStore(db).byIdNumber(People.id("430524", 1960, 13)).isPresent());
        }
    }

    @Test
    void aFileThatIsNoZipIsRefusedAndTheStoreIsUntouched() throws Exception {
        Path bogus = Files.writeString(dir.resolve("notes.zip"), "这不是备份");
        assertRefused(bogus, BackupProblem.NOT_A_ZIP);
    }

    @Test
    void aZipOfSomethingElseIsRefusedAsForeign() throws Exception {
        Path foreign = dir.resolve("photos.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(foreign))) {
            z.putNextEntry(new ZipEntry("photo.jpg"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
        }
        assertRefused(foreign, BackupProblem.FOREIGN_FILE);
    }

    @Test
    void aBackupWithAChangedDatabaseIsRefusedAsDamaged() throws Exception {
        Path good;
        Path other;
        try (Database db = Database.open(data())) {
            good = backups.backup(db, dir.resolve("out"), "medaid").file();
        }
        try (Database db = Database.open(dir.resolve("other"))) {
            new JdbcPersonStore(db).enrol(People.person("王五", People.id("430524", 1980, 31), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
            other = backups.backup(db, dir.resolve("out2"), "medaid").file();
        }
        // The manifest of one backup with the database of another: a file changed after it was written.
        Path mixed = dir.resolve("mixed.zip");
        try (ZipFile a = new ZipFile(good.toFile()); ZipFile b = new ZipFile(other.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(mixed))) {
            copy(b, BackupFiles.DATABASE, out);
            copy(a, BackupFiles.MANIFEST, out);
        }
        assertRefused(mixed, BackupProblem.DAMAGED);
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        Path good;
        try (Database db = Database.open(data())) {
            good = backups.backup(db, dir.resolve("out"), "medaid").file();
        }
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, BackupProblem.NOT_A_ZIP);
    }

    private void assertRefused(Path file, BackupProblem expected) {
        try (Database db = Database.open(data())) {
            new JdbcPersonStore(db).enrol(People.person("赵六", People.id("430524", 1990, 44), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
            Fingerprint before = db.read(Fingerprint::of);
            BackupException e = assertThrows(BackupException.class, () -> restores.stage(db, file, dir.resolve("safety")));
            assertEquals(expected, e.problem());
            assertEquals(before, db.read(Fingerprint::of));
            assertFalse(RestoreService.isPending(data()));
            assertFalse(Files.exists(dir.resolve("safety")), "no safety backup is made for a refused file");
        }
        assertFalse(RestoreService.applyPending(data()));
    }

    private static void copy(ZipFile from, String name, ZipOutputStream out) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        from.getInputStream(from.getEntry(name)).transferTo(out);
        out.closeEntry();
    }

    private static PersonRecord withVillage(PersonRecord p, String village) {
        return new PersonRecord(p.id(), p.version(), p.name(), p.idNumber(), p.birthDate(), p.sex(), p.region(), p.township(),
                village, p.householdHeadId(), p.relation(), p.phone(), p.bankAccount(), p.insurance(), p.enrolmentYear(), p.voided());
    }
}
