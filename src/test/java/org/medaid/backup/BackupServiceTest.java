package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;

class BackupServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Database db;
    private final BackupService backups = new BackupService(CLOCK, "test");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        JdbcPersonStore people = new JdbcPersonStore(db);
        people.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        people.enrol(People.person("李四", People.id("430524", 1971, 22), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backupHoldsEveryTableOfTheLiveDatabase() {
        BackupResult r = backups.backup(db, dir.resolve("out"), "medaid");
        assertEquals(dir.resolve("out").resolve("medaid-20261123-163000.zip"), r.file());
        assertTrue(Files.isRegularFile(r.file()));
        assertEquals(db.read(Fingerprint::of), r.manifest().fingerprint());
        assertEquals(2, r.manifest().tables().get("PERSON").rows());
        assertEquals(db.schemaVersion(), r.manifest().schemaVersion());
    }

    @Test
    void aBackupVerifiesOnItsOwn() {
        BackupResult r = backups.backup(db, dir.resolve("out"), "medaid");
        assertEquals(r.manifest(), backups.verify(r.file(), null));
    }

    @Test
    void twoBackupsInTheSameSecondGetTwoFiles() {
        Path a = backups.backup(db, dir.resolve("out"), "medaid").file();
        Path b = backups.backup(db, dir.resolve("out"), "medaid").file();
        assertFalse(a.equals(b));
        assertEquals("medaid-20261123-163000-2.zip", b.getFileName().toString());
    }

    @Test
    void aFinishedBackupLeavesNoPartFileBehind() throws Exception {
        backups.backup(db, dir.resolve("out"), "medaid");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("medaid-20261123-163000.zip"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnwritableTargetIsReportedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        BackupException e = org.junit.jupiter.api.Assertions.assertThrows(BackupException.class,
                () -> backups.backup(db, file, "medaid"));
        assertEquals(BackupProblem.TARGET_NOT_WRITABLE, e.problem());
    }
}
