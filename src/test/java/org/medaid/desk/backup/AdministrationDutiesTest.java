package org.medaid.desk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupManifest;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.common.Texts;
import org.medaid.desk.settings.SettingChanges;
import org.medaid.desk.settings.SettingsViewModel;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.session.Action;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Rule;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;
import org.medaid.users.Administration;

/**
 * 设置's data card and settings (ADR 0034) through users.Administration: every role but
 * 系统管理员 is refused backup, restore (before the confirmation) and every setting with the rule's Chinese
 * sentence, by the screen's model and by the service alike, and nothing is written, staged or kept.
 */
class AdministrationDutiesTest {

    private static final Texts TEXTS = Texts.load(DeskSettings.CHINESE);
    private static final String REFUSAL = "只有系统管理员可以";

    @TempDir
    Path dir;

    private Database db;
    private Preferences prefs;
    private DeskSettings settings;
    private Path backup;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new DeskSettings(prefs);
        backup = new BackupService(Clock.systemDefaultZone(), "test").backup(db, dir.resolve("good"), "medaid").file();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        prefs.removeNode();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMINISTRATOR", mode = EnumSource.Mode.EXCLUDE)
    void theDataCardRefusesEveryOtherRoleInChineseAndKeepsNothing(Role role) throws Exception {
        Session s = TestSessions.as(db, "u-" + role, role);
        DataViewModel model = new DataViewModel(db, settings, new SameThreadTaskExecutor(), TEXTS, Clock.systemDefaultZone(), () -> s);

        model.backupNow(dir.resolve("usb"));
        refused(model);
        assertFalse(Files.exists(dir.resolve("usb")), "no backup written");

        AtomicReference<BackupManifest> asked = new AtomicReference<>();
        AtomicReference<String> said = new AtomicReference<>();
        model.checkRestore(backup, asked::set, said::set);
        assertNull(asked.get(), "a " + role + " never reaches the restore's confirmation");
        assertTrue(said.get().startsWith(REFUSAL), said.get());
        model.stageRestore(backup, r -> { throw new AssertionError("staged"); });
        refused(model);
        assertFalse(RestoreService.isPending(db.folder()));

        model.chooseBackupFolder(dir.resolve("elsewhere"));
        refused(model);
        assertEquals(db.folder().resolve("backups"), settings.backupFolder(db.folder()));
        assertTrue(model.chooseDataFolder(dir.resolve("other-data")));
        refused(model);
        assertTrue(settings.storedDataFolder().isEmpty());
        model.backupOnExitProperty().set(false);
        refused(model);
        assertTrue(settings.backupOnExit(), "backup on exit stays on");
        assertTrue(model.backupOnExitProperty().get(), "the box shows what is kept");
        model.chooseFont(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        refused(model);
        assertTrue(settings.printFont().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMINISTRATOR", mode = EnumSource.Mode.EXCLUDE)
    void theServiceItselfRefusesEveryOtherRole(Role role) {
        Session s = TestSessions.as(db, "u-" + role, role);
        Administration admin = new Administration(db);
        BackupService backups = new BackupService(Clock.systemDefaultZone(), "test");
        DutyException e = assertThrows(DutyException.class,
                () -> admin.stageRestore(s, new RestoreService(backups, Clock.systemDefaultZone()), backup, dir.resolve("safety")));
        assertEquals(Rule.ROLE, e.rule());
        assertTrue(e.getMessage().startsWith(REFUSAL), e.getMessage());
        assertFalse(RestoreService.isPending(db.folder()));
        assertThrows(DutyException.class, () -> admin.backup(s, backups, dir.resolve("usb"), "medaid"));
        assertFalse(Files.exists(dir.resolve("usb")));
        boolean[] ran = {false};
        assertThrows(DutyException.class, () -> admin.changeSetting(s, () -> ran[0] = true));
        assertFalse(ran[0]);
        assertThrows(DutyException.class, () -> admin.authorise(s, Action.RESTORE));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMINISTRATOR", mode = EnumSource.Mode.EXCLUDE)
    void settingsRefuseEveryOtherRoleInChineseAndKeepTheStoredValues(Role role) throws Exception {
        Preferences deskPrefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        try {
            DeskSettings desk = new DeskSettings(deskPrefs);
            Session s = TestSessions.as(db, "u-" + role, role);
            SettingsViewModel model = new SettingsViewModel(desk, db.folder(), "1", SettingChanges.through(new Administration(db),
                    () -> s, new SameThreadTaskExecutor(), DeskSettings.CHINESE));
            int before = desk.idleMinutes();
            model.idleMinutesProperty().set(Integer.toString(before + 7));
            assertTrue(model.commitIdle("已保存"));
            assertTrue(model.status().isError());
            assertTrue(model.status().message().startsWith(REFUSAL), model.status().message());
            assertEquals(before, new DeskSettings(deskPrefs).idleMinutes());
            assertEquals(Integer.toString(before), model.idleMinutesProperty().get(), "the field shows the kept minutes");
            model.areaProperty().set(PolicyArea.values()[PolicyArea.values().length - 1]);
            assertTrue(new DeskSettings(deskPrefs).area().isEmpty(), "the region is not kept");
            assertNull(model.areaProperty().get());
        } finally {
            deskPrefs.removeNode();
        }
    }

    @org.junit.jupiter.api.Test
    void theAdministratorMayDoAllOfIt() {
        Session s = TestSessions.as(db, "admin", Role.ADMINISTRATOR);
        DataViewModel model = new DataViewModel(db, settings, new SameThreadTaskExecutor(), TEXTS, Clock.systemDefaultZone(), () -> s);
        model.chooseBackupFolder(dir.resolve("elsewhere"));
        assertEquals(dir.resolve("elsewhere"), settings.backupFolder(db.folder()));
        AtomicReference<BackupResult> staged = new AtomicReference<>();
        model.checkRestore(backup, m -> model.stageRestore(backup, staged::set), r -> { throw new AssertionError(r); });
        assertTrue(RestoreService.isPending(db.folder()));
    }

    private static void refused(DataViewModel model) {
        assertTrue(model.status().isError(), model.status().message());
        assertTrue(model.status().message().startsWith(REFUSAL), model.status().message());
        model.status().clear();
    }
}
