package org.medaid.desk;

import javafx.application.Application;
import javafx.stage.Stage;
import org.medaid.access.StoreAccess;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.about.AboutPane;
import org.medaid.desk.backup.DataPane;
import org.medaid.desk.firstrun.StartUp;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.main.StartupTiming;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.store.Database;

/**
 * The JavaFX application of the desk, started by {@code org.medaid.app.Launcher} through
 * {@link #launchDesk}. The database starts opening on the worker thread before JavaFX starts up, the
 * window shows as soon as the toolkit runs, and the sections fill in when the database is open.
 */
public final class DeskApplication extends Application {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeskApplication.class);

    private static volatile long launchedAt = System.nanoTime();
    private static volatile FxTaskExecutor executor;
    private static volatile Database database;
    private static volatile DeskWindow window;

    /** Called by the launcher (by reflection, so the command-line verbs never load JavaFX). */
    public static void launchDesk(String[] args) {
        launchedAt = System.nanoTime();
        executor = new FxTaskExecutor(e -> LOG.error("a background task failed before the window opened", e));
        openDatabase();
        Application.launch(DeskApplication.class, args);
    }

    /**
     * Submitted before the toolkit starts; its outcome is delivered once the window exists. The store
     * itself opens at login (ADR 0033).
     */
    private static void openDatabase() {
        executor.submit(BackgroundTask.of("prepare data folder", p -> StartUp.prepare())
                .onSuccess((StoreAccess access) -> StartUp.begin(window, executor, access, DeskApplication::opened))
                .onFailure(e -> window.cannotOpen(e)));
    }

    /** Once per store: the data pane under the desk's settings (设置 › 数据与备份) and its closing at exit. */
    private static void opened(Database db, DeskServices services) {
        if (database == db) {
            return;
        }
        database = db;
        window.addSettingsPane("data", () -> DataPane.create(window.stage(), executor, db, window.texts().locale(),
                window::currentSession).view());
        // 设置 › 关于: version, log folder, support bundle (ADR 0040)
        window.addSettingsPane("about", () -> AboutPane.create(window.stage(), executor, window.texts().locale()).view());
    }

    @Override
    public void start(Stage stage) {
        boolean launchedByDesk = executor != null;
        if (!launchedByDesk) {
            executor = new FxTaskExecutor(e -> LOG.error("a background task failed before the window opened", e));
        }
        StartupTiming timing = new StartupTiming(launchedAt, Boolean.getBoolean("medaid.timing"));
        timing.toolkitStarted();
        window = new DeskWindow(stage, DeskSettings.forUser(), timing);
        executor.setDefaultFailure(window::showError);
        window.open(executor);
        if (!launchedByDesk) {
            openDatabase();
        }
        executor.toolkitStarted();
    }

    @Override
    public void stop() {
        Database db = database;
        if (db != null) {
            // Closed on the worker after any running task: H2 writes its file and releases the lock.
            executor.submit(BackgroundTask.run("close database", db::close));
        }
        executor.shutdown();
    }
}
