package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.Patience;
import org.medaid.access.StoreAccess;
import org.medaid.desk.GuiTeardown;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.recovery.StoreOpening;
import org.medaid.settings.DeskSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A GUI test that fails before its login leaves the login open over the desk's window. Its teardown must not quit the
 * desk (the login's close request does, for the clerk): {@link GuiTeardown} hides both, the login gets no close
 * request, and the JavaFX thread still answers for the next test.
 */
class LoginTeardownGuiTest {

    @TempDir
    Path dir;
    private FxTaskExecutor executor;
    private Preferences prefs;
    private final AtomicInteger loginCloseRequests = new AtomicInteger();

    @BeforeEach
    void deskWithItsLogin() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path data = Files.createDirectories(dir.resolve("data"));
        StoreAccess access = new StoreAccess(data, clock, new StoreOpening(dir.resolve("backups"), List.of(), clock));
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        Stage stage = FxToolkit.registerPrimaryStage();
        GuiTeardown.onFx("open the desk and its login", () -> {
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            DeskWindow window = new DeskWindow(stage, new DeskSettings(prefs), new StartupTiming(System.nanoTime(), false));
            window.open(executor);
            DeskLogin.start(window, access, clock, (db, services) -> { });
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        GuiTeardown.closeWindows();
        executor.shutdown();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a leftover test node is harmless
        }
    }

    @Test
    void theTeardownWithTheLoginOpenLeavesTheFxThreadRunning() throws Exception {
        Window login = GuiTeardown.onFx("find the login", () -> {
            List<Window> logins = Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene().lookup("#loginField") != null).toList();
            assertEquals(1, logins.size(), "the login is open over the desk's window");
            logins.get(0).addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> loginCloseRequests.incrementAndGet());
            return logins.get(0);
        });

        GuiTeardown.closeWindows();

        assertEquals(0, loginCloseRequests.get(), "the login got a close request: it would have quit the desk (Platform.exit)");
        assertEquals(List.of(), GuiTeardown.onFx("list the windows", () -> List.copyOf(Window.getWindows())), "every window hidden");
        assertEquals(false, GuiTeardown.onFx("read the login", login::isShowing));
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> 1).get(Patience.SECONDS, TimeUnit.SECONDS), "the JavaFX thread answers");
    }
}
