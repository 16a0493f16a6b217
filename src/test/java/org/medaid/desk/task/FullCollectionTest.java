package org.medaid.desk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullCollectionTest {

    @Test
    void aFullCollectionIsCountedAndUnreachableObjectsAreGone() {
        long before = FullCollection.fullCollections();
        WeakReference<byte[]> garbage = new WeakReference<>(new byte[4 << 20]);
        int attempts = FullCollection.once();
        assertTrue(attempts >= 1 && attempts <= FullCollection.ATTEMPTS,
                "the old generation's collector counted no collection after " + FullCollection.ATTEMPTS + " requests");
        assertTrue(FullCollection.fullCollections() > before, "full collections before " + before + ", after "
                + FullCollection.fullCollections());
        assertTrue(garbage.get() == null, "an unreachable 4 MB array survived the full collection");
    }

    @Test
    void theJvmCountsFullCollectionsOfItsCollector() {
        assertTrue(FullCollection.fullCollections() >= 0, "no collector of the old generation among the JVM's beans");
    }

    /**
     * The desk's collector and heap options (the launchers'): a heap grown to ~200 MB and then dropped is given back
     * by {@link FullCollection#run()}, although Serial's first full collection after growth shrinks nothing.
     */
    @Test
    void serialsGrownHeapIsGivenBackBeyondItsFirstStep() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms16m", "-Xmx1g", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-cp", System.getProperty("java.class.path"), GrowAndGiveBack.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        String[] f = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        long grown = Long.parseLong(f[0]);
        long afterOne = Long.parseLong(f[1]);
        long afterRun = Long.parseLong(f[2]);
        int collections = Integer.parseInt(f[3]);
        assertTrue(grown > 150L << 20, "the heap did not grow: " + out);
        assertTrue(afterRun < 64L << 20, "committed heap after run(): " + (afterRun >> 20) + " MB (grown " + (grown >> 20)
                + " MB, after one full collection " + (afterOne >> 20) + " MB, " + collections + " collections)");
        assertTrue(collections >= 2 && collections <= FullCollection.MAX_COLLECTIONS, out);
    }

    /** Run in a child JVM: grows the heap with live data, drops it, prints committed after one full GC and after run(). */
    static final class GrowAndGiveBack {
        public static void main(String[] args) {
            List<byte[]> live = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                live.add(new byte[1 << 20]);
            }
            long grown = FullCollection.heapCommitted();
            live.clear();
            FullCollection.once();
            long afterOne = FullCollection.heapCommitted();
            int collections = FullCollection.run();
            System.out.println(grown + " " + afterOne + " " + FullCollection.heapCommitted() + " " + collections);
        }
    }
}
