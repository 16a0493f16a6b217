package org.medaid.desk.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskHandle;
import org.medaid.desk.task.TaskExecutor;

/**
 * What a screen tells the clerk of its last action (ADR 0078): one sentence, whether that sentence is a
 * refusal, and whether the screen's work is running on the executor. Every view model of a screen holds one
 * and hands it out as {@code status()}; its view shows it with {@link StatusLine#bind}, so a success is never
 * shown in the error colour nor a refusal in the success colour. No controls here: a view model may hold it.
 */
public final class ScreenStatus {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Tasks submitted through {@link #submit} and not finished: one task's success may submit the next. */
    private int running;

    /** Says {@code sentence} as news (saved, done, running); null or empty says nothing. */
    public void say(String sentence) {
        set(sentence, false);
    }

    /** Says {@code sentence} as a refusal or a failure. */
    public void refuse(String sentence) {
        set(sentence, true);
    }

    /** Takes a refusal off the screen (the work is tried again); news stays. */
    public void clearRefusal() {
        if (error.get()) {
            clear();
        }
    }

    /** Says nothing. */
    public void clear() {
        set("", false);
    }

    private void set(String sentence, boolean refusal) {
        String s = sentence == null ? "" : sentence;
        // the flag first: a view listening to the sentence sees it in its own colour at once
        error.set(refusal && !s.isEmpty());
        message.set(s);
    }

    public String message() {
        return message.get();
    }

    /** True while the sentence on show is a refusal. */
    public boolean isError() {
        return error.get();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Marks the screen busy (a task the view model submits itself) or idle. */
    public void setBusy(boolean running) {
        busy.set(running);
    }

    /**
     * Submits {@code task} with the screen busy until it has finished, whatever its outcome, and until any task
     * its callbacks submitted this way has finished too; the flag is cleared after the task's own {@code onFinally}.
     */
    public <T> TaskHandle submit(TaskExecutor executor, BackgroundTask<T> task) {
        running++;
        busy.set(true);
        return executor.submit(task.alsoFinally(() -> {
            running--;
            busy.set(running > 0);
        }));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
