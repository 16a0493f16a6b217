package org.medaid.desk.gui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk window over a real H2 store in a temporary folder, with the real single-thread executor;
 * headless under Monocle (see the surefire configuration). Subclasses fill the store in {@link #fill}.
 */
abstract class DeskGuiTest {

    @TempDir
    Path folder;
    protected DeskFixture store;
    protected DeskWindow window;
    private FxTaskExecutor executor;
    private Preferences prefs;

    protected final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> open(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(Stage stage) {
        store = new DeskFixture(folder);
        fill(store);
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        DeskSettings settings = new DeskSettings(prefs);
        settings.setArea(PolicyArea.LINYI);
        window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
        executor = new FxTaskExecutor(Throwable::printStackTrace);
        window.open(executor);
        // the screens act in the name of a logged-in user (ADR 0034)
        window.attach(store.services(), store.session("测试员"));
    }


    /** People the test needs before the window opens. */
    protected void fill(DeskFixture fixture) {
    }

    @AfterEach
    void stop() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        store.close();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // the node lives in the user's preferences; a leftover test node is harmless
        }
    }

    /** Waits until the background work has brought the screen to {@code condition} (at most {@link org.medaid.Patience}). */
    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
