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

    /**
     * Waits until {@code condition} holds (TestFX's {@code waitFor}, polling), then for the JavaFX events it caused.
     * A wait that ends unmet fails with a sentence and the caller's line in its trace, instead of TestFX's bare
     * {@code TimeoutException}.
     */
    public static void until(java.util.concurrent.Callable<Boolean> condition) {
        until(SECONDS, condition);
    }

    static void until(long seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the awaited condition still did not hold after " + seconds
                    + " s (-Dmedaid.test.patience); the line below in this trace says what was awaited", e);
        }
    }
}
