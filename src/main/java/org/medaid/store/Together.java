package org.medaid.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Reads of a whole store shared among a few threads (ADR 0084): H2 decrypts and decodes the pages of one query on one
 * thread, so at a county's size a second reader on a second core halves a whole-store read. Used by the store check
 * at login and by the backup's fingerprint.
 */
public final class Together {

    /** One piece: reads what it names on the connection it is given; throws when it fails. */
    public interface Part {
        void run(Tx c) throws SQLException;
    }

    private Together() {
    }

    /**
     * Runs {@code parts} on {@code readers} threads named {@code name-1…}, each part on a connection of its own from
     * {@code store}; tells {@code progress} (parts done, parts in all) after each part that passed. The failure of the
     * earliest part that failed is thrown, a {@link StoreException} as it was or naming {@code what} and the cause.
     */
    public static void run(Readers store, List<Part> parts, int readers, String name, String what,
            BiConsumer<Integer, Integer> progress) {
        AtomicInteger n = new AtomicInteger();
        int[] done = {0};
        ExecutorService pool = Executors.newFixedThreadPool(readers, task -> {
            Thread t = new Thread(task, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Part p : parts) {
                running.add(pool.submit(() -> store.read(c -> {
                    p.run(c);
                    // counted and told under one lock: two readers never tell their steps out of order, so the
                    // login's "n/46" never goes back (it once ended on 7/32 after 32/32)
                    synchronized (done) {
                        progress.accept(++done[0], parts.size());
                    }
                    return null;
                })));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new StoreException(what + " failed: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
