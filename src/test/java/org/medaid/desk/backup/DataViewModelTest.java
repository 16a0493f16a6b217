package org.medaid.desk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupManifest;
import org.medaid.backup.BackupResult;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;

/** The data part of 设置 over a real store, with the same-thread executor. */
class DataViewModelTest {

    private static final Texts TEXTS = Texts.load(DeskSettings.CHINESE);

    @TempDir
    Path dir;

    private Database db;
    private Preferences prefs;
    private DeskSettings settings;
    private DataViewModel model;
    private String fontBefore;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        new JdbcPersonStore(db).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new DeskSettings(prefs);
        model = new DataViewModel(db, settings, new SameThreadTaskExecutor(), TEXTS, Clock.systemDefaultZone(),
                () -> org.medaid.session.TestSessions.as(db, "admin", org.medaid.session.Role.ADMINISTRATOR));
        fontBefore = System.getProperty(DeskSettings.PRINT_FONT_PROPERTY);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        prefs.removeNode();
        if (fontBefore == null) {
            System.clearProperty(DeskSettings.PRINT_FONT_PROPERTY);
        } else {
            System.setProperty(DeskSettings.PRINT_FONT_PROPERTY, fontBefore);
        }
    }

    @Test
    void backupOnExitIsOnUntilTurnedOffAndTheChoiceIsKept() {
        assertTrue(model.backupOnExitProperty().get());
        model.backupOnExitProperty().set(false);
        assertFalse(new DeskSettings(prefs).backupOnExit());
    }

    @Test
    void backupsGoIntoTheDataFolderUntilAnotherFolderIsChosen() {
        assertEquals(db.folder().resolve("backups"), model.backupFolderProperty().get());
        model.chooseBackupFolder(dir.resolve("usb"));
        assertEquals(dir.resolve("usb"), settings.backupFolder(db.folder()));
    }

    @Test
    void backupNowWritesAVerifiedBackupAndSaysSo() throws Exception {
        model.backupNow(dir.resolve("usb"));
        assertFalse(model.status().isError(), model.status().message());
        assertTrue(model.status().message().startsWith("已备份并核对："), model.status().message());
        try (var files = Files.list(dir.resolve("usb"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".zip")).count());
        }
    }

    @Test
    void aForeignFileIsRefusedInChineseAndNothingIsStaged() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.zip"), "not a backup");
        AtomicReference<BackupManifest> asked = new AtomicReference<>();
        AtomicReference<String> refused = new AtomicReference<>();
        model.checkRestore(notes, asked::set, refused::set);
        assertNull(asked.get(), "the clerk is not asked to confirm a file that is refused");
        assertTrue(refused.get().startsWith("这不是台账备份文件，或文件已损坏"), refused.get());
        assertTrue(model.status().isError());
        assertTrue(model.status().message().startsWith("这不是台账备份文件，或文件已损坏"), model.status().message());
        assertFalse(RestoreService.isPending(db.folder()));
    }

    @Test
    void aGoodBackupIsConfirmedThenStagedAfterTheCurrentDataIsBackedUp() {
        model.backupNow(dir.resolve("usb"));
        Path backup = dir.resolve("usb").toFile().listFiles()[0].toPath();
        AtomicReference<BackupManifest> asked = new AtomicReference<>();
        model.checkRestore(backup, asked::set, reason -> { throw new AssertionError(reason); });
        assertEquals(1, asked.get().tables().get("PERSON").rows());
        AtomicReference<BackupResult> safety = new AtomicReference<>();
        model.stageRestore(backup, safety::set);
        assertTrue(safety.get().file().getFileName().toString().startsWith(RestoreService.BEFORE_RESTORE));
        assertTrue(RestoreService.isPending(db.folder()));
    }

    @Test
    void aNewDataFolderIsKeptForTheNextStartOnly() {
        assertTrue(model.chooseDataFolder(dir.resolve("elsewhere")));
        assertEquals(dir.resolve("elsewhere").toAbsolutePath(), settings.storedDataFolder().orElseThrow());
        assertEquals(dir.resolve("data").toAbsolutePath(), model.dataFolder());
        model.resetDataFolder();
        assertTrue(settings.storedDataFolder().isEmpty());
    }

    @Test
    void aDataFolderUnderAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertFalse(model.chooseDataFolder(file.resolve("data")));
        assertTrue(model.status().isError());
        assertTrue(settings.storedDataFolder().isEmpty());
    }

    @Test
    void aChineseFontBecomesThePrintFontAndAFileThatIsNoFontIsRefused() throws Exception {
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assertTrue(Files.isReadable(wqy), "fonts-wqy-microhei is installed for the tests (README)");
        assertTrue(model.chooseFont(wqy), model.status().message());
        assertEquals(wqy.toString(), System.getProperty(DeskSettings.PRINT_FONT_PROPERTY));
        Path bogus = Files.writeString(dir.resolve("bogus.ttf"), "not a font");
        assertFalse(model.chooseFont(bogus));
        assertTrue(model.status().message().startsWith("不能使用该字体"), model.status().message());
        assertEquals(wqy.toString(), System.getProperty(DeskSettings.PRINT_FONT_PROPERTY), "the font in force stays");
        model.resetFont();
        assertNull(System.getProperty(DeskSettings.PRINT_FONT_PROPERTY));
    }
}
