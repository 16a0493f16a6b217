package org.medaid.desk.task;

import java.util.concurrent.CancellationException;

/** What a background task sees of its progress bar and of the clerk's cancel button. */
public interface TaskProgress {

    /** {@code done} of {@code total} steps; a total of 0 or less shows an indeterminate bar. */
    void update(long done, long total);

    void message(String text);

    boolean isCancelled();

    /** Throws {@link CancellationException} once the clerk has cancelled; call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
