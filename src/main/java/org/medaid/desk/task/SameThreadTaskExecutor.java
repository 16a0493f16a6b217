package org.medaid.desk.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every task at once on the calling thread, callbacks included: view-model tests see the outcome
 * as soon as {@code submit} returns. Errors without a failure callback are kept for the test to inspect.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final List<Throwable> unhandled = new ArrayList<>();
    private boolean shutdown;

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, Runnable::run, unhandled::add);
        if (shutdown) {
            run.cancel();
        } else {
            run.execute();
        }
        return run;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        action.run();
        return TaskHandle.DONE;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    /** Errors of tasks that had no failure callback. */
    public List<Throwable> unhandled() {
        return List.copyOf(unhandled);
    }
}
