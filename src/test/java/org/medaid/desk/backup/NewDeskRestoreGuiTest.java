package org.medaid.desk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.StoreAccess;
import org.medaid.backup.BackupService;
import org.medaid.desk.GuiTeardown;
import org.medaid.desk.StartUp;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.KeyringWriter;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.users.AuthService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new PC's first start on an empty data folder (ADR 0054), driven through the real start-up as a clerk
 * would: the first run offers 从备份恢复; a truncated backup, one with a file added, another desk's and a
 * clerk's password are refused with one Chinese sentence each and nothing is written; the right backup with
 * the recovery code shows what it holds before anything is written, is restored, and its clerk logs in.
 */
class NewDeskRestoreGuiTest {

    private static final char[] ADMIN = "lanshan-admin-7".toCharArray();

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemDefaultZone();
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Database> opened = new AtomicReference<>();
    private String code;
    private Path zip;
    private Path otherZip;
    private Path pc;
    private Preferences prefs;
    private FxTaskExecutor executor;

    private StoreAccess access(Path folder) {
        return new StoreAccess(folder, clock, new StoreOpening(dir.resolve("backups"),
                List.of(AuditChainBrokenException.verifier()), clock));
    }

    /** A desk with an administrator, a clerk and {@code people} people, backed up; returns its recovery code. */
    private String desk(Path folder, int people) {
        try (Database db = access(folder).createNew()) {
            AuthService auth = new AuthService(db, clock);
            auth.createFirstAdministrator("admin", "管理员", ADMIN.clone());
            auth.createUser(auth.login("admin", ADMIN.clone()).orElseThrow(), "clerk", "经办员", Set.of(Role.CLERK),
                    "clerk-pass-9a".toCharArray());
            for (int i = 0; i < people; i++) {
                new JdbcPersonStore(db).enrol(People.person("陈" + i, People.id("430524", 1961, 3 + i), "石门村"), List.of(),
                        TestSessions.as(db, "clerk"));
            }
            KeyringWriter ring = new KeyringWriter(folder);
            String made = ring.newRecoveryCode(db.key().orElseThrow());
            ring.confirmRecoveryCode(db.key().orElseThrow());
            new BackupService(clock, "1.0-test").backup(db, folder.resolveSibling(folder.getFileName() + "-usb"), "medaid");
            return made;
        }
    }

    private Path backupOf(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder.resolveSibling(folder.getFileName() + "-usb"))) {
            return s.findFirst().orElseThrow();
        }
    }

    @BeforeEach
    void newPc() throws Exception {
        code = desk(dir.resolve("old"), 3);
        zip = backupOf(dir.resolve("old"));
        desk(dir.resolve("other"), 1);
        otherZip = backupOf(dir.resolve("other"));
        pc = dir.resolve("pc");
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        StoreAccess access = access(pc);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            DeskWindow window = new DeskWindow(stage, new DeskSettings(prefs), new StartupTiming(System.nanoTime(), false));
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            window.open(executor);
            StartUp.begin(window, executor, access, (db, services) -> opened.set(db));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdown();
        GuiTeardown.closeWindows();
        if (opened.get() != null) {
            opened.get().close();
        }
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a leftover node in the user's preferences is harmless
        }
    }

    @Test
    void aNewPcRefusesBadBackupsThenShowsAndRestoresTheRightOneAndItsClerkLogsIn() throws Exception {
        waitUntil(() -> visible("#restoreBackupButton"));
        shot("firstrun-restore-offer", "#restoreBackupButton");
        robot.clickOn("#restoreBackupButton");
        waitUntil(() -> visible("#fileField"));

        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        Path padded = withExtraFile(zip, dir.resolve("padded.zip"));
        robot.clickOn("#restoreCodeField").write(code);
        refused(truncated, "这不是台账备份文件，或文件已损坏（不完整）：truncated.zip");
        refused(padded, "这份备份里有本程序不会写入的文件（或同一文件出现两次），可能被改动过，已拒绝：padded.zip");
        refused(otherZip, "密码或恢复码不能打开这份备份：" + otherZip.getFileName());
        shot("new-desk-refused");
        robot.clickOn("#passwordChoice");
        robot.clickOn("#adminLoginField").write("clerk");
        robot.clickOn("#adminPasswordField").write("clerk-pass-9a");
        refused(zip, "用户“clerk”不是这份备份里在用的系统管理员，不能用其密码恢复；请用系统管理员的用户名和密码，或用恢复码");

        // the recovery code: 检查备份 shows what the backup holds, and nothing is written yet
        robot.clickOn("#codeChoice");
        robot.clickOn("#checkButton");
        waitUntil(() -> visible("#summaryBox"));
        String summary = robot.lookup("#backupSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("备份时间：") && summary.contains("程序版本：1.0-test") && summary.contains("人员：3 人")
                && summary.contains("系统管理员：admin"), summary);
        assertEquals(List.of(), storeFiles(), "looking at the backup writes nothing");
        shot("new-desk-checked");

        // Enter is now 恢复到本机; then 继续登录 opens the ordinary login
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#continueButton"));
        assertTrue(message().startsWith("已恢复到本机。"), message());
        assertEquals(List.of("keyring.json", "medaid.mv.db"), storeFiles());
        shot("new-desk-restored");
        robot.clickOn("#continueButton");
        waitUntil(() -> visible("#loginField"));
        robot.clickOn("#loginField").write("clerk");
        robot.clickOn("#passwordField").write("clerk-pass-9a").type(KeyCode.ENTER);
        waitUntil(() -> opened.get() != null);
        assertEquals(3, count(opened.get(), "person"), "the old PC's people are on the new one");
    }

    private void refused(Path file, String sentence) throws Exception {
        robot.clickOn("#fileField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(file.toString());
        robot.clickOn("#checkButton");
        waitUntil(() -> !message().isEmpty() && !robot.lookup(".small-progress").query().isVisible());
        assertEquals(sentence, message());
        assertEquals(List.of(), storeFiles(), sentence + ": nothing written");
        assertTrue(!visible("#summaryBox"), "a refused backup shows nothing of itself");
    }

    private String message() {
        return robot.lookup("#restoreMessage").queryAs(Label.class).getText();
    }

    private List<String> storeFiles() throws Exception {
        if (!Files.exists(pc)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(pc)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("medaid") || n.startsWith("keyring")
                    || n.startsWith("restore")).sorted().toList();
        }
    }

    private static Path withExtraFile(Path zip, Path target) throws Exception {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream s = in.getInputStream(e)) {
                    s.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("说明.txt"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        return target;
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int count(Database db, String table) {
        return db.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** With -Dmedaid.screenshots=FOLDER the restore window is written there (docs/screenshots). */
    private void shot(String name) throws Exception {
        shot(name, "#fileField");
    }

    private void shot(String name, String query) throws Exception {
        String folder = System.getProperty("medaid.screenshots");
        if (folder != null) {
            var scene = robot.lookup(query).query().getScene();
            WaitForAsyncUtils.asyncFx(() -> Snapshots.write(scene, Path.of(folder, name + ".png"))).get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        }
    }

}
