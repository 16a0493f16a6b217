package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.Patience;
import org.medaid.access.StoreAccess;
import org.medaid.desk.GuiTeardown;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.recovery.StoreOpening;
import org.medaid.settings.DeskSettings;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.StoreCheck;
import org.medaid.users.AuthService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk's login as a clerk sees it when the store's check runs after the first page (ADR 0090), headless over a
 * real encrypted store: the roster is on screen while the check runs, the status bar says so in Chinese, nothing is
 * written into the store (the login's own audit row waits), and once the check passed the note goes and the login
 * is in the audit trail. The check is held at a verifier the test releases, so nothing depends on how fast it runs.
 */
class CheckAfterFirstPageGuiTest {

    private static final String PASSWORD = "lanshan-admin-7";

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final Clock clock = Clock.systemDefaultZone();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicReference<Database> opened = new AtomicReference<>();
    private StoreAccess access;
    private FxTaskExecutor executor;
    private Preferences prefs;

    @BeforeEach
    void desk() throws Exception {
        Path data = dir.resolve("data");
        StoreCheck.Verifier heldAtTheTest = new StoreCheck.Verifier() {
            @Override
            public String name() {
                return "held by the test";
            }

            @Override
            public void verify(org.medaid.store.Tx c) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        StoreOpening opening = new StoreOpening(dir.resolve("backups"), List.of(AuditChainBrokenException.verifier(), heldAtTheTest), clock);
        try (Database db = new StoreAccess(data, clock, opening).createNew()) {
            AuthService auth = new AuthService(db, clock);
            auth.createFirstAdministrator("admin", "管理员", PASSWORD.toCharArray());
            var admin = auth.login("admin", PASSWORD.toCharArray()).orElseThrow();
            var ring = new org.medaid.security.KeyringWriter(db.folder());
            ring.confirmRecoveryCode(db.key().orElseThrow());
            JdbcPersonStore people = new JdbcPersonStore(db);
            for (int i = 1; i <= 12; i++) {
                people.enrol(People.person("陈" + i, People.id("430524", 1960, i), "石门村"), List.of(), admin);
            }
        }
        access = new StoreAccess(data, clock, opening).checkingAfterTheFirstPage();
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        DeskSettings settings = new DeskSettings(prefs);
        settings.setArea(PolicyArea.LINYI);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            DeskWindow window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            window.open(executor);
            DeskLogin.start(window, access, clock, (db, services) -> opened.set(db));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        GuiTeardown.closeWindows();
        executor.shutdown();
        access.database().ifPresent(Database::close);
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a leftover test node is harmless
        }
    }

    @Test
    void theRosterShowsWhileTheStoreIsCheckedAndTheNoteGoesWhenItPassed() throws Exception {
        waitUntil(() -> visible("#loginField"));
        // behind the login the main window waits for the clerk: its loading pane says so without a turning spinner
        waitUntil(() -> robot.lookup(".loading-pane").tryQuery().isPresent());
        javafx.scene.Node pane = robot.lookup(".loading-pane").query();
        assertTrue(robot.from(pane).lookup(".progress-indicator").queryAll().stream().noneMatch(javafx.scene.Node::isVisible),
                "no spinner while the desk waits for the login");
        robot.clickOn("#loginField").write("admin");
        robot.clickOn("#passwordField").write(PASSWORD).type(KeyCode.ENTER);

        // the check started after the first page and is held at the test's verifier
        assertTrue(held.await(Patience.SECONDS, TimeUnit.SECONDS), "the check started once the first page was on screen");
        waitUntil(() -> robot.lookup(".status-checking").tryQuery().isPresent()
                && robot.lookup("陈1").tryQuery().isPresent());
        Database db = opened.get();
        assertTrue(db.isChecking());
        String note = robot.lookup(".status-checking").queryAs(Label.class).getText();
        assertTrue(note.startsWith("正在核对数据") && note.endsWith("现在可以查看，保存要等核对完成"), note);
        assertEquals(0, logins(db), "nothing is written while the store is checked: the login's audit row waits");
        shot("check-after-first-page");

        release.countDown();
        db.whenOpenForWork().get(Patience.SECONDS, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup(".status-checking").tryQuery().isEmpty());
        assertFalse(db.isChecking());
        assertEquals(1, logins(db), "the login is audited once the store is open for work");
    }

    private static int logins(Database db) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM audit WHERE action = 'LOGIN'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null && robot.lookup(query).query().getScene().getWindow().isShowing();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Dmedaid.screenshots=FOLDER the desk's window is written there (docs/screenshots). */
    private void shot(String name) throws Exception {
        String folder = System.getProperty("medaid.screenshots");
        if (folder != null) {
            var scene = robot.lookup(".status-checking").query().getScene();
            WaitForAsyncUtils.asyncFx(() -> Snapshots.write(scene, Path.of(folder, name + ".png"))).get(Patience.SECONDS, TimeUnit.SECONDS);
        }
    }
}
