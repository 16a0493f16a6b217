package org.medaid.desk.task;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class FullCollectionTest {

    @Test
    void aFullCollectionIsCountedAndUnreachableObjectsAreGone() {
        long before = FullCollection.fullCollections();
        WeakReference<byte[]> garbage = new WeakReference<>(new byte[4 << 20]);
        int attempts = FullCollection.run();
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
}
