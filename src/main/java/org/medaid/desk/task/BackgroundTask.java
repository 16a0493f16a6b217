package org.medaid.desk.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work with its callbacks, JabRef's {@code BackgroundTask} in small. The work gets
 * a {@link TaskProgress}; success, failure, cancel and progress callbacks run on the UI thread.
 */
public final class BackgroundTask<T> {

    /** The work itself, run on the worker thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    /** Progress as the UI shows it: a fraction in 0..1, or -1 for indeterminate, and a message. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction, String message);
    }

    private final String name;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinally = () -> { };
    private ProgressListener onProgress = (f, m) -> { };

    private BackgroundTask(String name, Work<T> work) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    /** A task without a result. */
    public static BackgroundTask<Void> run(String name, Runnable work) {
        return new BackgroundTask<>(name, p -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Without a failure callback the executor's default handler reports the error. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success, failure or cancel: where a busy flag is cleared. */
    public BackgroundTask<T> onFinally(Runnable action) {
        this.onFinally = Objects.requireNonNull(action);
        return this;
    }

    /** Adds {@code action} after the finally callback set so far (which a later {@link #onFinally} replaces). */
    public BackgroundTask<T> alsoFinally(Runnable action) {
        Objects.requireNonNull(action);
        Runnable before = onFinally;
        this.onFinally = () -> {
            try {
                before.run();
            } finally {
                action.run();
            }
        };
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    public String name() {
        return name;
    }

    T call(TaskProgress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinally.run();
        }
    }

    /** True when the task had its own failure callback. */
    boolean failed(Throwable error) {
        try {
            if (onFailure == null) {
                return false;
            }
            onFailure.accept(error);
            return true;
        } finally {
            onFinally.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinally.run();
        }
    }

    void progressed(double fraction, String message) {
        onProgress.progress(fraction, message);
    }
}
