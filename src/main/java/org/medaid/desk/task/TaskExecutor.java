package org.medaid.desk.task;

import java.time.Duration;

/**
 * The one way the desk runs work off the FX thread (STYLE §6): database reads and writes, imports,
 * exports and recomputation. Callbacks of a {@link BackgroundTask} always run on the UI thread.
 * The desk uses {@link FxTaskExecutor}; view-model tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * Queues {@code task} behind the tasks already submitted. After {@link #shutdown()} (the desk is closing)
     * the task is not run and none of its callbacks are: the handle comes back cancelled. A window hidden as the
     * desk closes can still ask for work (a field losing focus tidies its text and the form recomputes), and
     * that must not become an error on the UI thread.
     */
    <T> TaskHandle submit(BackgroundTask<T> task);

    /**
     * Runs {@code action} on the UI thread after {@code delay}, unless cancelled first: the debounce
     * of search-as-you-type.
     */
    TaskHandle schedule(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread (later, if called from the worker). */
    void onUi(Runnable action);

    /** Stops the worker once the tasks already submitted have run. */
    void shutdown();

    /** True once {@link #shutdown()} was called: tasks submitted from now on are not run. */
    boolean isShutdown();
}
