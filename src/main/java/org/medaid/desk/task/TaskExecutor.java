package org.medaid.desk.task;

import java.time.Duration;

/**
 * The one way the desk runs work off the FX thread (STYLE §6): database reads and writes, imports,
 * exports and recomputation. Callbacks of a {@link BackgroundTask} always run on the UI thread.
 * The desk uses {@link FxTaskExecutor}; view-model tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {

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
}
