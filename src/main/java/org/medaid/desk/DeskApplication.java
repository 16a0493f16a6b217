package org.medaid.desk;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.medaid.access.StoreAccess;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.lock.IdleWatch;
import org.medaid.settings.DeskSettings;

import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.desk.task.FullCollection;
import org.medaid.desk.task.IdleMemory;
import org.medaid.store.Database;

/**
 * The JavaFX application of the desk, started by {@code org.medaid.app.Launcher} through {@link #launchDesk}.
 * Its start-up is a sequence of explicit steps, each handing its result to the next (no state is passed
 * through static fields): the window, the data folder prepared on the worker, then the first run for a new
 * folder and the login ({@link StartUp}), then the sections over the store the login opened; at the end
 * the store is closed once.
 */
public final class DeskApplication extends Application {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeskApplication.class);

    private FxTaskExecutor executor;
    private DeskWindow window;
    private Database database;
    /** The first store a login opened: the start's memory is given back once it is open for work (ADR 0090). */
    private final java.util.concurrent.CompletableFuture<Database> firstStore = new java.util.concurrent.CompletableFuture<>();

    /** Called by the launcher (by reflection, so the command-line verbs never load JavaFX). */
    public static void launchDesk(String[] args) {
        renderingDefaults(System.getProperties());
        Application.launch(DeskApplication.class, args);
    }

    /**
     * JavaFX settings read once when its toolkit starts; a value given on the command line is kept (ADR 0088).
     * {@code prism.disableRegionCaching}: JavaFX keeps the backgrounds and borders of controls it has drawn once
     * in one 2048×1024 ARGB texture for the whole session — 8 MB, in the Java heap when it renders in software
     * (no usable OpenGL, as under Xvfb or on PCs without a driver) — while the desk's forms repaint cheaply
     * without it: idle resident memory 12–20 MB lower, measured in docs/benchmarks.md.
     */
    static void renderingDefaults(java.util.Properties properties) {
        renderingDefaults(properties, System.getProperty("os.name", ""), java.nio.file.Path.of("/dev/dri"));
    }

    /**
     * {@code prism.order=sw} on a Linux PC where no program can reach a graphics card ({@code dri}, the kernel's
     * render and card nodes, absent or none readable; ADR 0095): every OpenGL there is Mesa's software renderer, which
     * JavaFX loads to probe (libLLVM, 44 MB resident for the whole session under Xvfb) and then rejects for its own
     * software pipeline anyway ("Failed Graphics Hardware Qualifier check", ADR 0088). Where a node is readable the
     * order stays JavaFX's own, so a PC with a driver keeps its hardware pipeline; Windows is never touched.
     */
    static void renderingDefaults(java.util.Properties properties, String osName, java.nio.file.Path dri) {
        properties.putIfAbsent("prism.disableRegionCaching", "true");
        if (osName.startsWith("Linux") && !graphicsCardReachable(dri)) {
            properties.putIfAbsent("prism.order", "sw");
        }
    }

    private static boolean graphicsCardReachable(java.nio.file.Path dri) {
        try (java.util.stream.Stream<java.nio.file.Path> nodes = java.nio.file.Files.list(dri)) {
            return nodes.anyMatch(n -> {
                String name = n.getFileName().toString();
                return (name.startsWith("renderD") || name.startsWith("card")) && java.nio.file.Files.isReadable(n);
            });
        } catch (java.io.IOException | SecurityException e) {
            // no /dev/dri at all (a virtual machine, a container, Xvfb): no card to reach
            return false;
        }
    }

    @Override
    public void start(Stage stage) {
        org.medaid.logging.Timing.mark("desk: JavaFX started");
        executor = new FxTaskExecutor(e -> LOG.error("a background task failed before the window opened", e));
        StartupTiming timing = new StartupTiming(launchedAt(), Boolean.getBoolean("medaid.timing"));
        timing.toolkitStarted();
        // step 1: the window, at once, before anything is opened
        window = new DeskWindow(stage, DeskSettings.forUser(), timing);
        executor.setDefaultFailure(window::showError);
        // step 2: the data folder (settings, a staged restore, what it holds) on the worker while this thread
        // builds the window (ADR 0079); the store opens at login (ADR 0033). Its result arrives after the window.
        executor.submit(BackgroundTask.of("prepare data folder", p -> {
            StoreAccess access = StartUp.prepare();
            access.state();
            return access;
        }).onSuccess(this::firstRunOrLogin).onFailure(window::cannotOpen));
        window.open(executor);
        org.medaid.logging.Timing.mark("desk: main window shown");
        executor.toolkitStarted();
        // once the first page is on screen and the store's check after it has ended (ADR 0090): full collections that
        // give the start's garbage and the heap the check grew back to the system (Serial GC collects only when the
        // heap fills, and shrinks it in steps; ADR 0079, 0088)
        timing.firstPageArrival().thenCombine(firstStore, (page, db) -> db)
                .thenCompose(db -> db.whenOpenForWork().handle((ok, error) -> null))
                .thenRun(() -> Platform.runLater(() -> executor.submit(
                BackgroundTask.run("give back the start's memory", () -> {
                    // the launchers' ratios for the idle desk, loose until now for the login's check (ADR 0089)
                    boolean tightened = org.medaid.desk.task.HeapFreeRatios.applyIdle();
                    int collections = FullCollection.run();
                    org.medaid.logging.Timing.mark("desk: start's memory given back (" + collections + " full collections"
                            + (tightened ? ", heap free ratios " + System.getProperty(org.medaid.desk.task.HeapFreeRatios.PROPERTY) : "")
                            + ")");
                    Platform.runLater(this::giveBackMemoryWhenIdle);
                }))));
    }

    /**
     * From now on, each time nobody has touched the window for {@link IdleMemory#AFTER}, the heap that work grew since
     * the last time is given back (ADR 0110).
     */
    private void giveBackMemoryWhenIdle() {
        IdleMemory memory = IdleMemory.forDesk(work -> executor.submit(BackgroundTask.run("give back memory when idle", work)));
        IdleWatch watch = new IdleWatch(Instant::now, () -> IdleMemory.AFTER, memory::idle);
        watch.install(javafx.util.Duration.seconds(5));
        window.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> watch.stop());
    }

    /** Step 3: a new folder gets the first-run wizard, then the login; any other the login. */
    private void firstRunOrLogin(StoreAccess access) {
        StartUp.begin(window, executor, access, this::opened);
    }

    /** Step 4: the login opened the store; it is closed once, at the end. */
    private void opened(Database db, DeskServices services) {
        database = db;
        firstStore.complete(db);
    }

    @Override
    public void stop() {
        Database db = database;
        database = null;
        if (db != null) {
            // Closed on the worker after any running task: H2 writes its file and releases the lock; a file
            // mostly dead after the session's appends is compacted now rather than at the next login
            executor.submit(BackgroundTask.run("close database", db::closeAndCompact));
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** When the process started, on the {@link System#nanoTime()} scale, for the start-up timing. */
    private static long launchedAt() {
        long now = System.nanoTime();
        return ProcessHandle.current().info().startInstant()
                .map(start -> now - Duration.between(start, Instant.now()).toNanos())
                .orElse(now);
    }
}
