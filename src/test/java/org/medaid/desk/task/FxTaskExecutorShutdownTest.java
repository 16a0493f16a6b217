package org.medaid.desk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The worker after {@code shutdown}: a task asked for while the desk closes (a hidden form's field losing focus
 * recomputes) is not run and throws nothing; what was queued before still runs. Made off the FX thread, the
 * executor holds UI callbacks back, so the work itself is what the test observes.
 */
class FxTaskExecutorShutdownTest {

    @Test
    void aTaskQueuedBeforeShutdownRunsOneSubmittedAfterIsNotRunAndThrowsNothing() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor(failures::add);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        executor.submit(BackgroundTask.run("first", () -> {
            try {
                release.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add("first");
        }));
        Thread closing = new Thread(executor::shutdown);
        closing.start();
        while (!executor.isShutdown()) {
            Thread.onSpinWait();
        }
        TaskHandle late = executor.submit(BackgroundTask.run("late", () -> ran.add("late")));
        assertTrue(late.isCancelled(), "a task submitted after shutdown comes back cancelled");
        release.countDown();
        closing.join();
        assertEquals(List.of("first"), ran, "the queued task ran, the late one did not");
        assertEquals(List.of(), failures);
        assertTrue(executor.isShutdown());
    }

    @Test
    void aNewExecutorIsNotShutDown() {
        FxTaskExecutor executor = new FxTaskExecutor(e -> { });
        assertFalse(executor.isShutdown());
        executor.shutdown();
        assertTrue(executor.isShutdown());
    }
}
