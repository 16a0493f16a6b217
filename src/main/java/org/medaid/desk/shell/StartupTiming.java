package org.medaid.desk.shell;

/**
 * Time from the JVM's start (the process's start instant, {@code launchedAt}) to the window on screen, the login
 * window, the database open and the roster's first page filled: printed with {@code -Dmedaid.timing=true},
 * each line with the wall-clock moment too, so that {@code bench.DeskStartBenchmark} can time the login →
 * first page from the moment it pressed Enter.
 */
public final class StartupTiming {

    private final long launchedAt;
    private final boolean print;
    private long toolkit = -1;
    private long shown = -1;
    private long opened = -1;
    private long login = -1;
    private long firstPage = -1;
    private final java.util.concurrent.CompletableFuture<Long> firstPageArrival = new java.util.concurrent.CompletableFuture<>();

    public StartupTiming(long launchedAt, boolean print) {
        this.launchedAt = launchedAt;
        this.print = print;
    }

    /** JavaFX is up: {@code Application.start} was called. */
    public void toolkitStarted() {
        toolkit = elapsed();
    }

    public void windowShown() {
        shown = elapsed();
    }

    /** The login window is on screen (the first one after start only). */
    public void loginShown() {
        if (login >= 0) {
            return;
        }
        login = elapsed();
        if (print) {
            System.out.println("medaid.timing: login window shown " + login + " ms from JVM start, at "
                    + System.currentTimeMillis());
        }
    }

    public void databaseOpen() {
        opened = elapsed();
    }

    /** Called for every roster page; only the first one counts. */
    public void firstPage() {
        if (firstPage >= 0) {
            return;
        }
        firstPage = elapsed();
        firstPageArrival.complete(firstPage);
        if (print) {
            System.out.println(report() + ", at " + System.currentTimeMillis());
        }
    }

    public String report() {
        return "medaid.timing: toolkit up " + toolkit + " ms, window shown " + shown + " ms, database open " + opened + " ms, first roster page "
                + firstPage + " ms (from JVM start)";
    }

    /** Completes with the first page's milliseconds when it arrives: for waiting on the event, not polling. */
    public java.util.concurrent.CompletableFuture<Long> firstPageArrival() {
        return firstPageArrival;
    }

    public long firstPageMillis() {
        return firstPage;
    }

    private long elapsed() {
        return (System.nanoTime() - launchedAt) / 1_000_000;
    }
}
