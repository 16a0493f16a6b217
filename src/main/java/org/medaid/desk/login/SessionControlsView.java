package org.medaid.desk.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.lock.EveryWindow;
import org.medaid.desk.lock.IdleWatch;
import org.medaid.desk.lock.OtherWindows;
import org.medaid.desk.lock.LockScreenView;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.users.AuthService;

/**
 * Log-out, switch-user and the lock (ADR 0034). Log-out and switch-user end the session and rebuild the
 * sections for whoever logs in next (nothing of the previous user's screens stays); the lock, by hand or
 * after the idle minutes of 设置, covers the window and gives it back, unsaved input and all, to the
 * same user's password.
 */
public final class SessionControlsView {

    private final DeskWindow window;
    private final Session session;
    private final AuthService auth;
    private final DeskSettings settings;
    private final Supplier<Instant> clock;
    private LockScreenView lock;
    private IdleWatch idle;
    private OtherWindows others;

    public SessionControlsView(DeskWindow window, Session session, AuthService auth, DeskSettings settings, Supplier<Instant> clock) {
        this.window = window;
        this.session = session;
        this.auth = auth;
        this.settings = settings;
        this.clock = clock;
    }

    /** Once, after the first login: the lock screen and the idle watch over the window's scene. */
    public void install() {
        if (lock != null) {
            return;
        }
        lock = new LockScreenView(window.scene(), window.texts());
        lock.unlockButton().setOnAction(e -> unlock());
        lock.password().setOnAction(e -> unlock());
        lock.switchButton().setOnAction(e -> switchUser());
        others = new OtherWindows(window.stage());
        idle = new IdleWatch(clock, this::idleLimit, this::lock);
        idle.install(javafx.util.Duration.seconds(20));
        // Ctrl+L in any of the desk's windows, a window-modal one over the main window too (ADR 0111)
        KeyCombination lockKey = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
        EveryWindow<KeyEvent> lockByKey = EveryWindow.filter(KeyEvent.KEY_PRESSED, e -> {
            if (lockKey.match(e)) {
                e.consume();
                lock();
            }
        });
        window.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            idle.stop();
            lockByKey.remove();
        });
    }

    private Duration idleLimit() {
        try {
            return Duration.ofMinutes(settings.idleMinutes());
        } catch (IllegalStateException e) {
            return Duration.ofMinutes(15); // the preferences went away (a test's node removed): the default
        }
    }

    /** The 账户 menu of the status bar: 注销, 切换用户, 锁定. */
    public MenuButton menu() {
        Texts t = window.texts();
        MenuItem logout = item("menuLogout", window.texts().get("menu.logout"), this::logOut);
        MenuItem switchUser = item("menuSwitchUser", window.texts().get("menu.switchUser"), this::switchUser);
        MenuItem lockNow = item("menuLock", window.texts().get("menu.lock"), this::lock);
        MenuButton menu = new MenuButton(window.texts().get("menu.session"), null, lockNow, switchUser, logout);
        menu.setId("accountMenu");
        menu.setAccessibleText(t.get("menu.session"));
        menu.getStyleClass().add("status-item");
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    /** Covers the window until the password is given again; the desk's other windows are hidden meanwhile (ADR 0111). */
    public void lock() {
        if (lock != null && session.isLoggedIn()) {
            cover(session.current().displayName());
        }
    }

    /** The lock over the main window, the other windows hidden first (once: a second lock hides nothing more). */
    private void cover(String who) {
        if (!lock.showing()) {
            others.hide();
        }
        lock.show(who);
    }

    private void unlock() {
        char[] password = lock.password().getText().toCharArray();
        lock.password().clear();
        org.medaid.session.Session s = session.current();
        window.executor().submit(BackgroundTask.of("unlock", p -> {
            try {
                return auth.confirms(s, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }).onSuccess(ok -> {
            if (ok) {
                lock.hide();
                others.showAgain();
                idle.activity();
            } else {
                lock.wrong();
            }
        }).onFailure(e -> lock.wrong()));
    }

    /** Ends the session; the window is covered until someone logs in, then rebuilt for them. */
    public void logOut() {
        cover(window.texts().get("status.nobody"));
        others.forget();
        session.loggedOut();
        window.signOut();
        askLogin();
    }

    /** Another user logs in over the locked window; the sections are rebuilt for them. */
    public void switchUser() {
        cover(session.isLoggedIn() ? session.current().displayName() : window.texts().get("status.nobody"));
        askLogin();
    }

    private void askLogin() {
        LoginDialogView.show(window.stage(), auth, window.executor(), window.texts(), s -> {
            session.loggedIn(s);
            // the windows the lock hid belonged to the screens now rebuilt: they stay closed, whoever logged in
            others.forget();
            lock.hide();
            idle.activity();
            window.rebuild();
        });
    }

    /** The idle watch (tests move their clock and call {@link IdleWatch#check()}). */
    public IdleWatch idle() {
        return idle;
    }

    public LockScreenView lockScreen() {
        return lock;
    }
}
