package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.GuiTeardown;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.KeyringWriter;
import org.medaid.session.Role;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import org.medaid.users.LoginAudit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 用恢复码登录 from the login window, typed as an administrator would, over a real encrypted store (ADR 0045,
 * 0054): a code of the wrong shape, five wrong codes and then the delay, a clerk's name and a weak password are
 * each refused with one Chinese sentence; then the code sets the administrator's new password and logs in
 * (audited), after which the old password is refused and the new one opens the desk.
 */
class RecoveryLoginGuiTest {

    private static final String OLD = "lanshan-admin-7";
    private static final String NEW = "qingshan-river-42";
    private static final String WRONG_CODE = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";

    @TempDir
    Path dir;
    private String code;
    private Stage owner;
    private FxTaskExecutor executor;
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<LoginResult.LoggedIn> loggedIn = new AtomicReference<>();
    private Instant now = Instant.parse("2026-12-02T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private StoreAccess access() {
        return new StoreAccess(dir.resolve("data"), clock, new StoreOpening(dir.resolve("backups"),
                List.of(AuditChainBrokenException.verifier()), clock));
    }

    @BeforeEach
    void desk() throws Exception {
        try (Database db = access().createNew()) {
            AuthService auth = new AuthService(db, clock);
            auth.createFirstAdministrator("admin", "管理员", OLD.toCharArray());
            auth.createUser(auth.login("admin", OLD.toCharArray()).orElseThrow(), "clerk", "经办员", Set.of(Role.CLERK),
                    "clerk-pass-9a".toCharArray());
            KeyringWriter ring = new KeyringWriter(db.folder());
            code = ring.newRecoveryCode(db.key().orElseThrow());
            ring.confirmRecoveryCode(db.key().orElseThrow());
        }
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 600)));
        FxToolkit.setupFixture(() -> executor = new FxTaskExecutor(Throwable::printStackTrace));
    }

    @AfterEach
    void close() throws Exception {
        GuiTeardown.closeWindows();
        executor.shutdown();
        if (loggedIn.get() != null) {
            loggedIn.get().database().close();
        }
    }

    @Test
    void theRecoveryCodeSetsANewAdministratorPasswordAfterEveryRefusalIsSaid() throws Exception {
        showLogin(access());
        waitUntil(() -> visible("#recoverLink"));
        WaitForAsyncUtils.waitForFxEvents();
        // the link came after the window was shown: the window grew with it, 登录 stands whole inside
        Node login = robot.lookup("#loginButton").query();
        double bottom = login.localToScene(login.getBoundsInLocal()).getMaxY();
        assertTrue(bottom <= login.getScene().getHeight(), "登录 ends at " + bottom + " in a window " + login.getScene().getHeight() + " high");
        shot("login-recovery-link");
        robot.clickOn("#recoverLink");
        waitUntil(() -> visible("#codeField"));

        robot.clickOn("#codeField").write("12345");
        robot.clickOn("#loginField").write("admin");
        robot.clickOn("#passwordField").write(NEW);
        robot.clickOn("#repeatField").write(NEW).type(KeyCode.ENTER);
        assertEquals("恢复码应为 25 位字母和数字（可带短横线），请对照纸上的恢复码重新输入。", said());

        // five wrong codes, each typed over the selected one; the sixth try waits, even with the right code
        for (int i = 0; i < 5; i++) {
            robot.write(WRONG_CODE).type(KeyCode.ENTER);
            assertEquals("恢复码不正确，请对照纸上的恢复码重新输入。", said());
        }
        robot.write(code).type(KeyCode.ENTER);
        String waiting = said();
        assertTrue(waiting.startsWith("恢复码错误次数过多，请在 ") && waiting.endsWith(" 以后再试。"), waiting);
        now = now.plusSeconds(31);

        // the right code for a clerk, then a weak password: refused, nothing changed
        replace("#loginField", "clerk");
        robot.clickOn("#codeField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(code)
                .type(KeyCode.ENTER);
        assertEquals("“clerk”不是在用的系统管理员，恢复码只能为系统管理员设置新密码。", said());
        shot("recovery-login");
        robot.write("admin");
        replace("#passwordField", "password1");
        robot.type(KeyCode.TAB).write("password1").type(KeyCode.ENTER);
        assertEquals("密码至少 10 位", said());

        // the cleared password fields have the focus: the new password twice, Enter
        robot.write(NEW).type(KeyCode.TAB).write(NEW).type(KeyCode.ENTER);
        waitUntil(() -> loggedIn.get() != null);
        LoginResult.LoggedIn in = loggedIn.get();
        assertEquals("admin", in.user().login());
        assertTrue(in.needsRecoveryCode(), "the login shows a new code to print next");
        assertEquals(1, audit(in.database(), "(recovery)", AuthService.RECOVERED));
        assertEquals(1, audit(in.database(), "(recovery)", "PASSWORD"));
        assertEquals(5, audit(in.database(), "(recovery)", LoginAudit.FAILED), "the wrong codes are audited");
        in.database().close();
        loggedIn.set(null);

        // a restart: the old password is refused, the new one logs in
        showLogin(access());
        waitUntil(() -> visible("#loginField"));
        robot.clickOn("#loginField").write("admin");
        robot.clickOn("#passwordField").write(OLD).type(KeyCode.ENTER);
        assertEquals("用户名或密码错误，请重新输入", said());
        robot.write(NEW).type(KeyCode.ENTER);
        waitUntil(() -> loggedIn.get() != null);
        assertEquals("admin", loggedIn.get().user().login());
    }

    private void showLogin(StoreAccess access) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> LoginDialogView.show(owner, LoginGate.over(access, clock), executor,
                ScreensFixture.CHINESE, loggedIn::set, e -> { throw new AssertionError("damaged store", e); }))
                .get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replace(String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    /** The message once the submitted work is done (the message is cleared when it starts). */
    private String said() throws Exception {
        waitUntil(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().isEmpty()
                && !robot.lookup(".small-progress").query().isVisible());
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null && robot.lookup(query).query().getScene().getWindow().isShowing();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int audit(Database db, String who, String action) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM audit WHERE user_name = ? AND action = ?")) {
                ps.setString(1, who);
                ps.setString(2, action);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** With -Dmedaid.screenshots=FOLDER the login window is written there (docs/screenshots). */
    private void shot(String name) throws Exception {
        String folder = System.getProperty("medaid.screenshots");
        if (folder != null) {
            var scene = robot.lookup("#messageLabel").query().getScene();
            WaitForAsyncUtils.asyncFx(() -> Snapshots.write(scene, Path.of(folder, name + ".png"))).get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        }
    }

}
