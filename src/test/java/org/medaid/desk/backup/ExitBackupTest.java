package org.medaid.desk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupService;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
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

    /** Closes the desk's window and returns the exit window it showed, still on screen. */
    private Stage closeWindow() throws Exception {
        Stage exit = closeWindow(false);
        assertNotNull(exit, "closing the desk shows what it does until it is done");
        return exit;
    }

    /** Closes the desk's window (after stopping the worker when {@code workerStopped}); the exit window or null. */
    private Stage closeWindow(boolean workerStopped) throws Exception {
        Stage[] stage = new Stage[1];
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            stage[0] = new Stage();
            ExitBackup.install(stage[0], executor, db, settings, Texts.load(Locale.SIMPLIFIED_CHINESE));
            stage[0].show();
        });
        if (workerStopped) {
            executor.shutdown();
        }
        desk = stage[0];
        return hideAndWatch(stage[0]);
    }

    private Stage desk;

    /** Hides {@code stage} and returns the exit window that showed meanwhile, or null. */
    private Stage hideAndWatch(Stage stage) throws Exception {
        List<Window> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.collections.ListChangeListener<Window> watch = c -> {
            while (c.next()) {
                shown.addAll(c.getAddedSubList());
            }
        };
        FxToolkit.setupFixture(() -> {
            Window.getWindows().addListener(watch);
            stage.close();
            Window.getWindows().removeListener(watch);
        });
        return (Stage) shown.stream()
                .filter(w -> w.getScene() != null && "exitProgress".equals(w.getScene().getRoot().getId()))
                .findFirst().orElse(null);
    }

    /** Waits until the exit's work is over: the worker runs the tasks in order, so one queued after it runs last. */
    private void awaitExitWork() throws Exception {
        java.util.concurrent.CompletableFuture<Void> after = new java.util.concurrent.CompletableFuture<>();
        FxToolkit.setupFixture(() -> {
            executor.submit(BackgroundTask.run("after the exit", () -> { }).onFinally(() -> after.complete(null)));
        });
        after.get();
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
    void closingTheWindowShowsTheWorkThenLeavesAVerifiedBackupAndTheStoreClosed() throws Exception {
        Stage exit = closeWindow();
        ShotsFolder.shoot(exit.getScene(), "exit-progress.png");
        awaitExitWork();
        String step = FxToolkit.setupFixture(() -> ((Label) exit.getScene().lookup("#exitStep")).getText());
        assertTrue(List.of("正在备份数据并核对……", "正在保存并整理数据文件……").contains(step), step);
        assertFalse(FxToolkit.setupFixture(exit::isShowing), "the exit window closes itself when all went well");
        assertTrue(db.isClosed(), "the store is closed once, by the exit");
        assertEquals(1, backups().size());
        Path backup = backups().get(0);
        assertTrue(backup.getFileName().toString().startsWith(ExitBackup.PREFIX + "-"), backup.toString());
        assertEquals(1, new BackupService(java.time.Clock.systemDefaultZone(), "test").verify(backup, null).tables().get("PERSON").rows());
    }

    @Test
    void noBackupWhenTurnedOffButTheStoreIsStillClosed() throws Exception {
        settings.setBackupOnExit(false);
        Stage exit = closeWindow();
        awaitExitWork();
        assertFalse(FxToolkit.setupFixture(exit::isShowing));
        assertTrue(db.isClosed());
        assertEquals(List.of(), backups());
    }

    @Test
    void aBackupThatFailsStaysOnScreenAsASentenceAndTheStoreIsClosed() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        settings.setBackupFolder(notAFolder);
        Stage exit = closeWindow();
        awaitExitWork();
        assertTrue(FxToolkit.setupFixture(exit::isShowing), "a failure stays until the clerk reads it");
        String sentence = FxToolkit.setupFixture(() -> exit.getScene().getRoot().lookupAll(".field-message").stream()
                .map(n -> ((Label) n).getText()).filter(t -> !t.isEmpty()).findFirst().orElse(""));
        assertTrue(sentence.startsWith("退出时备份未完成，数据已保存在本机：不能写入所选文件夹"), sentence);
        assertTrue(db.isClosed(), "the store is closed even when the backup failed");
        ShotsFolder.shoot(exit.getScene(), "exit-backup-failed.png");
        FxToolkit.setupFixture(() -> ((javafx.scene.control.Button) exit.getScene().lookup(".button")).fire());
        assertFalse(FxToolkit.setupFixture(exit::isShowing), "关闭 closes it");
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

    @Test
    void theExitRunsOnceEvenWhenTheWindowIsShownAndHiddenAgain() throws Exception {
        settings.setBackupOnExit(false);
        Stage exit = closeWindow();
        awaitExitWork();
        assertTrue(db.isClosed());
        FxToolkit.setupFixture(desk::show);
        assertEquals(null, hideAndWatch(desk), "a second hiding of the same window starts no second exit");
    }

    @Test
    void whenTheProgramHasStoppedTheWorkerClosingShowsNothingAndThrowsNothing() throws Throwable {
        // Platform.exit (a restart after a restore): the worker stopped first, the application's stop closes the store
        assertEquals(null, closeWindow(true), "no exit window when the worker has already stopped");
        assertFalse(db.isClosed(), "the exit did not touch the store: the application's stop closes it");
        assertEquals(List.of(), backups());
        WaitForAsyncUtils.checkException();
    }
}
