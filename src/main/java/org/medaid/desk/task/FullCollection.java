package org.medaid.desk.task;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Set;

/**
 * The full collections that give the start's garbage and grown heap back to the system once the roster's first
 * page is on screen (ADR 0079, 0088). The desk's launchers run the Serial collector, which collects only when the
 * heap fills and shrinks its heap only at a full collection, and then only in steps: with {@code ShrinkHeapInSteps}
 * (the JVM's default) the first full collection after the heap grew gives back none of the excess, the next ones
 * 10 %, 40 %, then all of it. The store check of a large store grows the heap (424 MB committed with 44 MB live at
 * 1,000,000 people), so one collection left it all resident. {@link #run()} therefore collects until the committed
 * heap stops falling, at most {@link #MAX_COLLECTIONS} times, once, when the desk is idle after the login.
 * <p>
 * A {@code System.gc()} can also be dropped: on JDK 17 with Serial, a request that arrives while a thread is inside
 * a JNI critical region (JavaFX's native code uses them) is skipped, and only a young collection follows later (seen
 * in 1 of 3 logged runs, ADR 0088). Each request is repeated, a few times at most, until the old generation's
 * collector has counted one more collection.
 */
public final class FullCollection {

    /** The beans of the young generation's collectors (Serial, Parallel, G1, ParNew); all others count as full. */
    private static final Set<String> YOUNG = Set.of("Copy", "PS Scavenge", "G1 Young Generation", "ParNew");
    static final int ATTEMPTS = 3;
    /** The step sizes of Serial's shrinking (0, 10, 40, 100 %) and one to see nothing more falls. */
    static final int MAX_COLLECTIONS = 5;

    private FullCollection() {
    }

    /**
     * Full collections until the committed heap no longer falls (the first may give back nothing, by Serial's
     * steps), at most {@link #MAX_COLLECTIONS}.
     *
     * @return the full collections counted; 0 when the JVM counted none (explicit collections disabled, or a
     *         collector whose beans are not known)
     */
    public static int run() {
        int done = 0;
        long committed = heapCommitted();
        while (done < MAX_COLLECTIONS && once() > 0) {
            done++;
            long now = heapCommitted();
            if (done > 1 && now >= committed) {
                break;
            }
            committed = Math.min(committed, now);
        }
        return done;
    }

    /**
     * Asks for one full collection until it was counted, at most {@link #ATTEMPTS} times.
     *
     * @return the attempts it took, or 0 when none was counted
     */
    static int once() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long before = fullCollections();
            System.gc();
            if (fullCollections() > before) {
                return attempt;
            }
        }
        return 0;
    }

    static long heapCommitted() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    /** Collections counted by the collectors of the old generation so far (-1 if the JVM counts none). */
    static long fullCollections() {
        long sum = -1;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!YOUNG.contains(bean.getName()) && bean.getCollectionCount() >= 0) {
                sum = Math.max(sum, 0) + bean.getCollectionCount();
            }
        }
        return sum;
    }
}
