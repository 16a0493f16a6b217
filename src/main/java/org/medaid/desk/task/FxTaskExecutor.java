package org.medaid.desk.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The desk's executor: one worker thread, so database work never runs concurrently with itself and
 * never on the FX thread; outcomes come back with {@link Platform#runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "medaid-worker");
        t.setDaemon(true);
        return t;
    });
    private volatile Consumer<Throwable> defaultFailure;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final List<Runnable> heldBack = new ArrayList<>();
    private boolean toolkitUp;

    /**
     * {@code defaultFailure} reports errors of tasks without their own failure callback (on the FX thread).
     * Made on the FX thread, the executor delivers at once; made before the toolkit starts (the database
     * opens while JavaFX starts up), it holds UI actions back until {@link #toolkitStarted()}.
     */
    public FxTaskExecutor(Consumer<Throwable> defaultFailure) {
        this.defaultFailure = defaultFailure;
        this.toolkitUp = Platform.isFxApplicationThread();
    }

    /** The FX toolkit runs: UI actions held back until now are delivered, in order. */
    public void toolkitStarted() {
        List<Runnable> pending;
        synchronized (heldBack) {
            toolkitUp = true;
            pending = new ArrayList<>(heldBack);
            heldBack.clear();
        }
        pending.forEach(Platform::runLater);
    }

    public void setDefaultFailure(Consumer<Throwable> handler) {
        this.defaultFailure = handler;
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, this::onUi, e -> defaultFailure.accept(e));
        if (worker.isShutdown()) {
            return notRun(run, task);
        }
        changeRunning(1);
        try {
            worker.execute(() -> {
                try {
                    run.execute();
                } finally {
                    onUi(() -> changeRunning(-1));
                }
            });
        } catch (RejectedExecutionException stopped) {
            // shut down by another thread between the check and the hand-over
            changeRunning(-1);
            return notRun(run, task);
        }
        return run;
    }

    private static TaskHandle notRun(TaskRun<?> run, BackgroundTask<?> task) {
        // task names are the program's own words (never a person's data)
        LOG.info("Task not run, the desk is closing: {}", task.name());
        run.cancel();
        return run;
    }

    @Override
    public boolean isShutdown() {
        return worker.isShutdown();
    }

    private void changeRunning(int delta) {
        if (Platform.isFxApplicationThread() && toolkitUp) {
            running.set(running.get() + delta);
        } else {
            later(() -> running.set(running.get() + delta));
        }
    }

    /** Tasks submitted and not yet finished: the status bar's busy indicator. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        boolean[] cancelled = {false};
        pause.setOnFinished(e -> {
            if (!cancelled[0]) {
                action.run();
            }
        });
        pause.play();
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
                pause.stop();
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            later(action);
        }
    }

    private void later(Runnable action) {
        synchronized (heldBack) {
            if (!toolkitUp) {
                heldBack.add(action);
                return;
            }
        }
        try {
            Platform.runLater(action);
        } catch (IllegalStateException e) {
            // The toolkit has exited (a task finishing while the desk closes): nobody is left to tell.
        }
    }

    /** Lets the running and queued tasks finish (closing the database is one), waiting up to ten seconds. */
    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
