package org.medaid.desk.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One execution of a {@link BackgroundTask}: its cancel flag, its progress (coalesced so a fast loop does
 * not flood the UI queue), and the hand-over of the outcome to the UI thread.
 */
final class TaskRun<T> implements TaskProgress, TaskHandle {

    private record Update(double fraction, String message) {
    }

    private final BackgroundTask<T> task;
    private final Consumer<Runnable> ui;
    private final Consumer<Throwable> defaultFailure;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private volatile double fraction = -1;
    private volatile String message = "";

    TaskRun(BackgroundTask<T> task, Consumer<Runnable> ui, Consumer<Throwable> defaultFailure) {
        this.task = task;
        this.ui = ui;
        this.defaultFailure = defaultFailure;
    }

    /** Runs the work on the calling thread, then hands the outcome to the UI thread. */
    void execute() {
        if (cancelled.get()) {
            ui.accept(task::cancelled);
            return;
        }
        try {
            T result = task.call(this);
            ui.accept(() -> {
                if (cancelled.get()) {
                    task.cancelled();
                } else {
                    task.succeeded(result);
                }
            });
        } catch (CancellationException e) {
            ui.accept(task::cancelled);
        } catch (Exception | Error e) {
            if (cancelled.get()) {
                ui.accept(task::cancelled);
            } else {
                ui.accept(() -> {
                    if (!task.failed(e)) {
                        defaultFailure.accept(e);
                    }
                });
            }
        }
    }

    @Override
    public void update(long done, long of) {
        fraction = of <= 0 ? -1 : Math.min(1.0, (double) done / of);
        post();
    }

    @Override
    public void message(String text) {
        message = text == null ? "" : text;
        post();
    }

    private void post() {
        if (pending.getAndSet(new Update(fraction, message)) == null) {
            ui.accept(() -> {
                Update u = pending.getAndSet(null);
                if (u != null && !cancelled.get()) {
                    task.progressed(u.fraction(), u.message());
                }
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }
}
