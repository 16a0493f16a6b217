package org.medaid.desk.bills;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.users.User;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk window with the sections, over a real H2 store in a temporary folder and the real
 * single-thread executor; headless under Monocle (see the surefire configuration). A test logs in by
 * {@link #openAs}; {@link #fill} puts people and bills in the store first.
 */
public abstract class ScreensGuiTest {

    @TempDir
    protected Path folder;
    protected ScreensFixture fx;
    protected DeskWindow window;
    private FxTaskExecutor executor;
    private Preferences prefs;
    protected final FxRobot robot = new FxRobot();

    @BeforeEach
    void store() {
        fx = new ScreensFixture(folder);
        fill(fx);
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
    }

    protected void fill(ScreensFixture fixture) {
    }

    /** Opens the desk as if {@code user} had just logged in. */
    protected void openAs(User user) throws Exception {
        if (window != null) {
            org.medaid.desk.GuiTeardown.closeWindows();
            executor.shutdown();
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            DeskSettings settings = new DeskSettings(prefs);
            settings.setArea(PolicyArea.LINYI);
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            window.open(executor);
            window.attach(fx.work, fx.as(user).current());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
        if (executor != null) {
            executor.shutdown();
        }
        fx.close();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a leftover node in the user's preferences is harmless
        }
    }

    protected void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            org.medaid.Patience.until(condition);
        } catch (AssertionError e) {
            if (System.getenv("SCREENS_DEBUG") != null && window != null) {
                System.out.println("FOCUS " + window.scene().getFocusOwner());
                robot.lookup(".label").queryAll().forEach(n -> System.out.println("LABEL " + n.getId() + ": "
                        + ((javafx.scene.control.Label) n).getText()));
                robot.lookup(".text-field").queryAll().forEach(n -> System.out.println("FIELD " + n.getId() + ": "
                        + ((javafx.scene.control.TextField) n).getText()));
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void shortcut(KeyCode modifier, KeyCode key) {
        if (modifier == KeyCode.ALT && key.isLetterKey()) {
            waitForMnemonic(key);
        }
        robot.press(modifier, key).release(key, modifier);
    }

    /**
     * Waits until Alt+{@code key} leads somewhere: a page just put on screen registers its labels'
     * mnemonics with the scene on the next layout pulse, and the robot is faster than a clerk.
     */
    private void waitForMnemonic(KeyCode key) {
        try {
            waitUntil(() -> robot.listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                    .flatMap(w -> w.getScene().getMnemonics().entrySet().stream())
                    .filter(e -> e.getKey().toString().equals("Alt+'" + key.getName() + "'"))
                    .flatMap(e -> e.getValue().stream())
                    .anyMatch(m -> m.getNode().getScene() != null && !m.getNode().isDisabled()));
        } catch (Exception e) {
            throw new AssertionError("nothing answers Alt+" + key.getName(), e);
        }
    }

    /** Selects all of the focused field and types {@code keys} over it, key by key. */
    protected void retype(String keys) {
        shortcut(KeyCode.CONTROL, KeyCode.A);
        keys(keys);
    }

    /** Types digits, '-' and '.' as key presses, the way a clerk types them. */
    protected void keys(String keys) {
        for (char c : keys.toCharArray()) {
            KeyCode code = switch (c) {
                case '-' -> KeyCode.MINUS;
                case '.' -> KeyCode.PERIOD;
                default -> {
                    if (c < '0' || c > '9') {
                        throw new IllegalArgumentException("type '" + c + "' with write()");
                    }
                    yield KeyCode.valueOf("DIGIT" + c);
                }
            };
            robot.type(code);
        }
    }
}
