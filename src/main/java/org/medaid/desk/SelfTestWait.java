package org.medaid.desk;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the self-test waits: on the event itself (a future completed by the toolkit, the window or the
 * executor's failure), never on a fixed timeout a busy machine can miss. While it waits it says so once a
 * minute; only after {@link #GIVE_UP} (far beyond any loaded machine, {@code -Dmedaid.selfTest.giveUpMinutes})
 * does it stop, naming what it waited for and every thread's stack. A failure arrives with its cause.
 */
final class SelfTestWait {

    static final Duration GIVE_UP = Duration.ofMinutes(Long.getLong("medaid.selfTest.giveUpMinutes", 20));
    private static final long REPORT_SECONDS = 60;

    private SelfTestWait() {
    }

    static <T> T await(CompletableFuture<T> event, String what, PrintStream out) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            try {
                return event.get(REPORT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new IllegalStateException(what + " failed: " + cause, cause);
            } catch (TimeoutException e) {
                long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                if (waited >= GIVE_UP.toSeconds()) {
                    throw new IllegalStateException("gave up waiting for " + what + " after " + waited + " s; threads:\n" + threads());
                }
                out.println("self-test: still waiting for " + what + " (" + waited + " s)");
            }
        }
    }

    /** Every thread's name, state and stack: what the self-test was stuck behind. */
    static String threads() {
        StringBuilder b = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            b.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState()).append('\n');
            for (StackTraceElement e : info.getStackTrace()) {
                b.append("    at ").append(e).append('\n');
            }
        }
        return b.toString();
    }
}
