package org.medaid.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input under a generous limit (a hang, not slowness, is what it catches): the work runs in a
 * future, and a timeout fails with the input that hung. Exceptions come back as they were thrown.
 */
final class Bounded {

    /** Far above any honest input's time, even on a loaded machine. */
    static final long LIMIT_SECONDS = org.medaid.Patience.SECONDS;
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    private Bounded() {
    }

    static <T> T run(String input, Callable<T> work) throws Exception {
        Future<T> f = WORKER.submit(work);
        try {
            return f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer within " + LIMIT_SECONDS + " s for input: "
                    + (input.length() > 500 ? input.substring(0, 500) + "…" : input));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw new AssertionError("failed on input: " + input, e.getCause());
        }
    }
}
