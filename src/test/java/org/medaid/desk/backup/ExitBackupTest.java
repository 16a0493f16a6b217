package org.medaid.desk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupService;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The backup on exit, on a real window closed headless, over a real store. */
class ExitBackupTest {

    @TempDir
    Path dir;

    private Database db;
    private Preferences prefs;
    private DeskSettings settings;
    private FxTaskExecutor executor;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        db = Database.open(dir.resolve("data"));
        new JdbcPersonStore(db).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new DeskSettings(prefs);
        settings.setBackupFolder(dir.resolve("backups"));
    }

    @AfterEach
    void close() throws Exception {
        if (executor != null) {
            executor.shutdown();
        }
        db.close();
        prefs.removeNode();
    }

    private void closeWindow() throws Exception {
        Stage[] stage = new Stage[1];
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            stage[0] = new Stage();
            ExitBackup.install(stage[0], executor, db, settings);
            stage[0].show();
        });
        FxToolkit.setupFixture(() -> stage[0].close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Path> backups() throws Exception {
        if (!Files.isDirectory(dir.resolve("backups"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            // the finished backup only: its .part file exists while it is written
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void closingTheWindowLeavesAVerifiedBackup() throws Exception {
        closeWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups().size() == 1);
        Path backup = backups().get(0);
        assertTrue(backup.getFileName().toString().startsWith(ExitBackup.PREFIX + "-"), backup.toString());
        assertEquals(1, new BackupService(java.time.Clock.systemDefaultZone(), "test").verify(backup, null).tables().get("PERSON").rows());
    }

    @Test
    void noBackupWhenTurnedOff() throws Exception {
        settings.setBackupOnExit(false);
        closeWindow();
        executor.shutdown();
        assertEquals(List.of(), backups());
    }

    @Test
    void onlyTheLatestTenExitBackupsAreKept() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        for (int i = 10; i < 22; i++) {
            Files.writeString(dir.resolve("backups").resolve(ExitBackup.PREFIX + "-202611" + i + "-090000.zip"), "x");
        }
        Path mine = Files.writeString(dir.resolve("backups").resolve("medaid-20261101-090000.zip"), "a backup made by hand");
        ExitBackup.prune(dir.resolve("backups"));
        List<Path> left = backups();
        assertEquals(11, left.size());
        assertTrue(left.contains(mine), "backups made on demand are never pruned");
        assertTrue(left.stream().noneMatch(p -> p.getFileName().toString().contains("20261110")), "the oldest went first");
    }
}
