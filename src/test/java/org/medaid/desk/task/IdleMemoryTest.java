package org.medaid.desk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.medaid.desk.lock.IdleWatch;

/** ADR 0110: when the idle desk gives its heap back. The heap and the collections are the test's own figures. */
class IdleMemoryTest {

    private static final long MB = 1L << 20;

    private final AtomicLong committed = new AtomicLong(120 * MB);
    private final AtomicInteger collections = new AtomicInteger();
    private final List<Runnable> queue = new ArrayList<>();
    /** A full collection that gives the heap back to 130 MB. */
    private final IdleMemory memory = new IdleMemory(committed::get, () -> {
        collections.incrementAndGet();
        committed.set(130 * MB);
        return 3;
    }, queue::add);

    @Test
    void aHeapThatDidNotGrowIsLeftAlone() {
        committed.set(120 * MB + IdleMemory.GROWTH);
        assertFalse(memory.pays(), "growth of exactly " + (IdleMemory.GROWTH >> 20) + " MB");
        assertFalse(memory.idle());
        assertTrue(queue.isEmpty(), "a collection was queued for a heap that did not grow");
    }

    @Test
    void aGrownHeapIsCollectedOnTheWorkerAndItsResultIsTheNewBaseline() {
        committed.set(360 * MB);
        assertTrue(memory.idle(), "a heap grown by 240 MB was not given back");
        assertEquals(0, collections.get(), "collected on the calling (FX) thread instead of the worker");
        assertFalse(memory.idle(), "a second collection queued before the first ran");
        assertEquals(1, queue.size());
        queue.remove(0).run();
        assertEquals(1, collections.get());
        // the baseline is now the 130 MB the collection left: growth is counted from there
        committed.set(130 * MB + IdleMemory.GROWTH);
        assertFalse(memory.idle(), "collected again although the heap grew only " + (IdleMemory.GROWTH >> 20) + " MB");
        committed.set(130 * MB + IdleMemory.GROWTH + MB);
        assertTrue(memory.idle(), "the heap grew again and was not given back");
    }

    @Test
    void aFailedCollectionStillLetsTheNextIdleTry() {
        IdleMemory failing = new IdleMemory(committed::get, () -> {
            throw new IllegalStateException("the JVM refused");
        }, queue::add);
        committed.set(400 * MB);
        assertTrue(failing.idle());
        Runnable work = queue.remove(0);
        try {
            work.run();
        } catch (IllegalStateException expected) {
            // the worker reports it; what matters is the state after
        }
        committed.set(400 * MB + IdleMemory.GROWTH + MB);
        assertTrue(failing.idle(), "one failed collection stopped every later one");
    }

    /** The desk's wiring: the idle watch's one firing per idle spell asks once; a touch starts a new spell. */
    @Test
    void theIdleWatchAsksOncePerIdleSpell() {
        AtomicLong clock = new AtomicLong();
        IdleWatch watch = new IdleWatch(() -> Instant.ofEpochSecond(clock.get()), () -> IdleMemory.AFTER, memory::idle);
        committed.set(300 * MB);
        clock.addAndGet(IdleMemory.AFTER.getSeconds() - 1);
        assertFalse(watch.check(), "fired before " + IdleMemory.AFTER);
        clock.addAndGet(1);
        assertTrue(watch.check());
        assertEquals(1, queue.size());
        queue.remove(0).run();
        committed.set(300 * MB);
        clock.addAndGet(Duration.ofMinutes(10).getSeconds());
        assertFalse(watch.check(), "fired twice in one idle spell");
        assertTrue(queue.isEmpty());
        watch.activity();
        clock.addAndGet(IdleMemory.AFTER.getSeconds());
        assertTrue(watch.check());
        assertEquals(1, queue.size(), "the heap grew again in the next spell and nothing was queued");
    }
}
