package org.medaid.desk;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.firstrun.StartUp;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.main.StartupTiming;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.store.Database;

/**
 * The JavaFX application of the desk, started by {@code org.medaid.app.Launcher} through
 * {@link #launchDesk}. The window shows at once; the database opens on the worker thread meanwhile.
 */
public final class DeskApplication extends Application {

    private static volatile long launchedAt = System.nanoTime();

    private FxTaskExecutor executor;
    private Database database;

    /** Called by the launcher (by reflection, so the command-line verbs never load JavaFX). */
    public static void launchDesk(String[] args) {
        launchedAt = System.nanoTime();
        Application.launch(DeskApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTiming timing = new StartupTiming(launchedAt, Boolean.getBoolean("medaid.timing"));
        DeskWindow window = new DeskWindow(stage, DeskSettings.forUser(), timing);
        executor = new FxTaskExecutor(window::showError);
        window.open(executor);
        executor.submit(BackgroundTask.of("open database", p -> {
            database = StartUp.openStore();
            return DeskBootstrap.services(database, Clock.systemDefaultZone());
        }).onSuccess(s -> StartUp.afterOpen(stage, executor, database, s, window::attach)).onFailure(window::cannotOpen));
    }

    @Override
    public void stop() {
        if (executor == null) {
            return;
        }
        Database db = database;
        if (db != null) {
            // Closed on the worker after any running task: H2 writes its file and releases the lock.
            executor.submit(BackgroundTask.run("close database", db::close));
        }
        executor.shutdown();
    }
}
