package org.medaid.desk.task;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;

/**
 * One full collection that gives the start's garbage back to the system once the roster's first page is on
 * screen (ADR 0079, 0088). The desk's launchers run the Serial collector, which shrinks its heap (by
 * {@code -XX:MaxHeapFreeRatio}) only at a full collection and otherwise collects only when the heap fills.
 * A {@code System.gc()} can be dropped by the JVM: on JDK 17 with Serial, a request that arrives while any thread
 * is inside a JNI critical region (JavaFX's and the font rasteriser's native code use them) is skipped and only a
 * young collection follows later (seen in 1 of 3 runs, ADR 0088). So the request is repeated, a few times at most,
 * until the collector of the old generation has counted one more collection.
 */
public final class FullCollection {

    /** The beans of the young generation's collectors (Serial, Parallel, G1, ParNew); all others count as full. */
    private static final Set<String> YOUNG = Set.of("Copy", "PS Scavenge", "G1 Young Generation", "ParNew");
    static final int ATTEMPTS = 3;

    private FullCollection() {
    }

    /**
     * Asks for a full collection until one was counted, at most {@link #ATTEMPTS} times.
     *
     * @return the attempts it took, or 0 when none was counted (explicit collections disabled, or a collector
     *         whose beans are not known: then one plain request was made per attempt and nothing more can be done)
     */
    public static int run() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long before = fullCollections();
            System.gc();
            if (fullCollections() > before) {
                return attempt;
            }
        }
        return 0;
    }

    /** Collections counted by the collectors of the old generation so far (-1 if the JVM counts none). */
    static long fullCollections() {
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long sum = -1;
        for (GarbageCollectorMXBean bean : beans) {
            if (!YOUNG.contains(bean.getName()) && bean.getCollectionCount() >= 0) {
                sum = Math.max(sum, 0) + bean.getCollectionCount();
            }
        }
        return sum;
    }
}
