package org.medaid;

/**
 * How long a test waits for an event (a window shown, a task finished, a child process ended) before it fails
 * saying what it waited for. It only turns a hang into a failure with a cause: no test depends on it being
 * reached, so it is far above anything a loaded CI machine takes (CI runs on 2 busy cores). Override with
 * {@code -Dmedaid.test.patience=SECONDS}.
 */
public final class Patience {

    /** The bound, in seconds. */
    public static final long SECONDS = Long.getLong("medaid.test.patience", 900);

    private Patience() {
    }
}
