package org.medaid.desk.task;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The heap given back once the desk is idle again after work that grew it (ADR 0110). The desk's Serial collector
 * shrinks its heap only at a full collection, and those come only when the heap fills: after a large list (the
 * 参保台账 of 125,248 people at 1,000,000) the desk kept about 240 MB of heap committed, most of it garbage, for the rest
 * of the day. The desk's idle watch calls {@link #idle()} when nobody has touched the window for {@link #AFTER};
 * when the committed heap has grown by more than {@link #GROWTH} since the last time memory was given back, the full
 * collections of {@link FullCollection#run()} are queued on the worker (behind any running task, never beside it),
 * and the heap they leave is the new baseline.
 */
public final class IdleMemory {

    /** Nobody touched the window for this long: the pause of a full collection is not felt. */
    public static final Duration AFTER = Duration.ofSeconds(30);
    /** Growth of the committed heap below which a full collection does not pay. */
    static final long GROWTH = 32L << 20;

    private final LongSupplier committed;
    private final IntSupplier collect;
    private final Consumer<Runnable> worker;
    private volatile long baseline;
    private volatile boolean queued;

    /**
     * @param committed the committed heap now, in bytes
     * @param collect   the full collections; returns how many were counted
     * @param worker    runs the collections off the FX thread (the desk's one worker)
     */
    public IdleMemory(LongSupplier committed, IntSupplier collect, Consumer<Runnable> worker) {
        this.committed = committed;
        this.collect = collect;
        this.worker = worker;
        this.baseline = committed.getAsLong();
    }

    /** The desk's: the JVM's committed heap, {@link FullCollection#run()}, measured from now. */
    public static IdleMemory forDesk(Consumer<Runnable> worker) {
        return new IdleMemory(FullCollection::heapCommitted, FullCollection::run, worker);
    }

    /** Whether the committed heap grew by more than {@link #GROWTH} since memory was last given back. */
    public boolean pays() {
        return committed.getAsLong() - baseline > GROWTH;
    }

    /**
     * The desk went idle: queues the full collections when they pay and none are queued yet.
     *
     * @return whether they were queued
     */
    public boolean idle() {
        if (queued || !pays()) {
            return false;
        }
        queued = true;
        worker.accept(this::giveBack);
        return true;
    }

    private void giveBack() {
        try {
            int collections = collect.getAsInt();
            org.medaid.logging.Timing.mark("desk: idle, memory given back (" + collections + " full collections, "
                    + (committed.getAsLong() >> 20) + " MB of heap committed)");
        } finally {
            baseline = committed.getAsLong();
            queued = false;
        }
    }
}
