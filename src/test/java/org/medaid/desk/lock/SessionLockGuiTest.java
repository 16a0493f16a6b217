package org.medaid.desk.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.login.SessionControlsView;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.Session;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Log-out, switch-user and the idle lock on the real window (ADR 0034), driven by the robot's mouse and
 * keyboard on the real controls (the lock's password and buttons, Ctrl+L, the 账户 menu, the navigation):
 * the clock is the test's, so the 15 idle minutes pass at once and the idle check runs when the test asks;
 * every wait is on a condition.
 */
class SessionLockGuiTest {

    @TempDir
    Path folder;
    private ScreensFixture fx;
    private DeskWindow window;
    private FxTaskExecutor executor;
    private Preferences prefs;
    private SessionControlsView controls;
    private Session session;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-12-20T02:00:00Z"));
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        fx = new ScreensFixture(folder);
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        org.medaid.session.Session clerk = fx.work.auth().login("clerk1", "clerk-pass-1".toCharArray()).orElseThrow();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            DeskSettings settings = new DeskSettings(prefs);
            settings.setArea(PolicyArea.LINYI);
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            window.open(executor);
            window.attach(fx.work, clerk);
            session = window.session();
            controls = new SessionControlsView(window, session, fx.work.auth(), settings, now::get);
            window.setStatusControl(controls.menu());
            controls.install();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            controls.idle().stop();
            return null;
        });
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        fx.close();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a leftover node in the user's preferences is harmless
        }
    }

    @Test
    void idleLockKeepsTheInputAndSwitchAndLogOutChangeWhoIsLoggedIn() throws Exception {
        waitUntil(() -> status().equals("登录用户：张经办（经办人）"));
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(search).write("张三丰");
        shot("status-bar");

        // fifteen idle minutes pass on the test's clock; the idle watch's tick (its timer's work) runs when the
        // test asks, so nothing waits on time
        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertFalse(onFx(() -> controls.idle().check()));
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertTrue(onFx(() -> controls.idle().check()));
        waitUntil(() -> controls.lockScreen().showing());
        assertTrue(robot.lookup("#lockScreen").tryQuery().isPresent());
        shot("lock-screen");

        // a wrong password by mouse (解锁), the right one by keyboard (Enter is 解锁)
        robot.clickOn("#lockPassword").write("wrong-password");
        robot.clickOn("#lockUnlock");
        waitUntil(() -> "密码不正确".equals(robot.lookup("#lockError").queryAs(Label.class).getText()));
        assertTrue(controls.lockScreen().showing());
        robot.clickOn("#lockPassword").write("clerk-pass-1").type(KeyCode.ENTER);
        waitUntil(() -> !controls.lockScreen().showing());
        assertEquals("张三丰", robot.lookup("#searchField").queryAs(TextField.class).getText(), "the unsaved input is kept");

        // 设置 › 审计记录 walks the chain
        robot.clickOn("#navSettings");
        waitUntil(() -> robot.lookup("#auditResult").tryQuery().map(n -> ((Label) n).getText().startsWith("审计记录完整, "))
                .orElse(false));
        shot("audit");
        robot.clickOn("#navPeople");
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        // Ctrl+L locks by hand; 切换用户 on the lock: reviewer1 logs in, the sections are rebuilt for them
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> controls.lockScreen().showing());
        robot.clickOn("#lockSwitch");
        logIn("reviewer1", "review-pass-1");
        waitUntil(() -> status().equals("登录用户：李审核（乡镇审核人）"));
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText(), "nothing of clerk1's screen stays");
        assertEquals("reviewer1", session.login());

        // 账户 › 切换用户 from the status bar, back to clerk1
        robot.clickOn("#accountMenu");
        robot.clickOn("#menuSwitchUser");
        logIn("clerk1", "clerk-pass-1");
        waitUntil(() -> status().equals("登录用户：张经办（经办人）"));

        // 账户 › 注销: nobody is logged in, the old session is refused, then clerk1 logs in again
        org.medaid.session.Session before = session.current();
        robot.clickOn("#accountMenu");
        robot.clickOn("#menuLogout");
        waitUntil(() -> status().equals("登录用户：未登录"));
        assertTrue(before.ended());
        assertFalse(session.isLoggedIn());
        logIn("clerk1", "clerk-pass-1");
        waitUntil(() -> status().equals("登录用户：张经办（经办人）"));
        assertFalse(controls.lockScreen().showing());
    }

    /**
     * ADR 0111: a window over the main one (window-modal, as the 慢特病 card, the print preview and the import wizard
     * are) counts as work for the idle watch; the lock hides it, with a question left open over it, so that nothing
     * of it stays on screen or within reach; the same user's unlock brings it back as it was, the question answered
     * "no" and gone; when another user logs in it stays closed.
     */
    @Test
    void theLockCoversTheDesksOtherWindowsToo() throws Exception {
        waitUntil(() -> status().equals("登录用户：张经办（经办人）"));
        Stage card = onFx(() -> {
            Stage s = new Stage();
            s.initOwner(window.stage());
            s.initModality(Modality.WINDOW_MODAL);
            s.setTitle("慢特病资格");
            TextField field = new TextField();
            field.setId("cardField");
            s.setScene(new Scene(new StackPane(field), 320, 120));
            s.show();
            return s;
        });
        waitUntil(card::isShowing);
        robot.clickOn("#cardField").write("慢阻肺");
        // 14 minutes, a key in the card, 14 more: the main window saw nothing, but the desk was not idle
        now.set(now.get().plus(Duration.ofMinutes(14)));
        robot.write("2"); // the field still has the focus (a second click there would be a double click, selecting the word)
        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertFalse(onFx(() -> controls.idle().check()), "work in the card was taken for an idle desk");

        // a question over the card, left open
        AtomicReference<Optional<ButtonType>> answer = new AtomicReference<>();
        Platform.runLater(() -> {
            Alert question = new Alert(Alert.AlertType.CONFIRMATION, "作废这条记录？");
            question.initOwner(card);
            answer.set(question.showAndWait());
        });
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        now.set(now.get().plus(Duration.ofMinutes(15)));
        assertTrue(onFx(() -> controls.idle().check()));
        waitUntil(() -> controls.lockScreen().showing());
        assertFalse(card.isShowing(), "the card stays on screen over the locked desk");
        waitUntil(() -> answer.get() != null);
        assertTrue(answer.get().filter(ButtonType.OK::equals).isEmpty(), "the open question was answered " + answer.get());
        assertEquals(List.of(window.stage()), onFx(() -> Window.getWindows().stream().filter(Window::isShowing).toList()),
                "only the locked main window is showing");
        shot("lock-over-card");

        // the same user unlocks: the card is back with what was typed; the question is not
        robot.clickOn("#lockPassword").write("clerk-pass-1").type(KeyCode.ENTER);
        waitUntil(() -> !controls.lockScreen().showing() && card.isShowing());
        assertEquals("慢阻肺2", ((TextField) card.getScene().lookup("#cardField")).getText());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "the answered question came back");

        // Ctrl+L in the card locks (the main window's shortcut does not reach it under a window-modal one); then
        // another user logs in over the lock: the card stays closed
        robot.clickOn("#cardField").press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> controls.lockScreen().showing() && !card.isShowing());
        assertEquals("慢阻肺2", ((TextField) card.getScene().lookup("#cardField")).getText(), "Ctrl+L typed an L into the card");
        robot.clickOn("#lockSwitch");
        logIn("reviewer1", "review-pass-1");
        waitUntil(() -> status().equals("登录用户：李审核（乡镇审核人）"));
        assertFalse(card.isShowing(), "clerk1's card came back for reviewer1");
    }

    private void logIn(String login, String password) throws Exception {
        waitUntil(() -> robot.lookup("#loginField").tryQuery().isPresent() && robot.lookup("#loginField").query().isVisible());
        robot.clickOn("#loginField").write(login);
        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#loginButton");
    }

    private String status() {
        try {
            return statusNow();
        } catch (RuntimeException e) {
            return ""; // the window is being rebuilt: asked again by the wait
        }
    }

    private String statusNow() {
        return robot.lookup(".status-item").queryAll().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("登录用户")).findFirst().orElse("");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            org.medaid.Patience.until(condition);
        } catch (AssertionError e) {
            throw new AssertionError("not reached; status bar says '" + status() + "', locked: "
                    + controls.lockScreen().showing() + ", login field: " + robot.lookup("#loginField").tryQuery().isPresent()
                    + ", session: " + (session.isLoggedIn() ? session.login() : "none") + ", lock error: '"
                    + controls.lockScreen().password().getText() + "' "
                    + robot.lookup("#lockError").tryQuery().map(n -> ((Label) n).getText() + " scene " + n.getScene()).orElse("none")
                    + ", focus " + window.scene().getFocusOwner(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Dmedaid.screenshots=FOLDER the window is written there (docs/screenshots, ADR 0014). */
    private void shot(String name) throws Exception {
        String dir = System.getProperty("medaid.screenshots");
        if (dir != null) {
            WaitForAsyncUtils.asyncFx(() -> Snapshots.write(window.scene(), Path.of(dir, "session-" + name + ".png")))
                    .get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        }
    }
}
