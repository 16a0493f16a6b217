package org.medaid.desk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadTaskExecutorTest {

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @Test
    void successCallbackGetsTheResultAndFinallyRuns() {
        List<String> seen = new ArrayList<>();
        executor.submit(BackgroundTask.of("answer", p -> 42).onSuccess(r -> seen.add("ok " + r)).onFinally(() -> seen.add("finally")));
        assertEquals(List.of("ok 42", "finally"), seen);
    }

    @Test
    void cancellingBetweenStepsRunsTheCancelCallbackInsteadOfSuccess() {
        List<String> seen = new ArrayList<>();
        executor.submit(BackgroundTask.of("steps", p -> {
            for (int i = 0; i < 10; i++) {
                if (i == 3) {
                    ((TaskHandle) p).cancel();
                }
                p.checkCancelled();
                p.update(i, 10);
            }
            return "done";
        }).onSuccess(r -> seen.add("success")).onCancelled(() -> seen.add("cancelled")));
        assertEquals(List.of("cancelled"), seen);
    }

    @Test
    void progressReachesTheListenerAsAFraction() {
        List<Double> fractions = new ArrayList<>();
        executor.submit(BackgroundTask.of("progress", p -> {
            p.update(1, 4);
            p.update(4, 4);
            return null;
        }).onProgress((f, m) -> fractions.add(f)));
        assertEquals(List.of(0.25, 1.0), fractions);
    }

    @Test
    void aFailureWithoutItsOwnHandlerIsKeptForTheDefaultHandler() {
        executor.submit(BackgroundTask.of("fails", p -> {
            throw new IllegalStateException("disk full");
        }));
        assertEquals(1, executor.unhandled().size());
        assertEquals("disk full", executor.unhandled().get(0).getMessage());
    }

    @Test
    void aFailureWithItsOwnHandlerIsNotReportedTwice() {
        boolean[] handled = {false};
        executor.submit(BackgroundTask.of("fails", p -> {
            throw new IllegalStateException("x");
        }).onFailure(e -> handled[0] = true));
        assertTrue(handled[0]);
        assertFalse(!executor.unhandled().isEmpty());
    }

    @Test
    void afterShutdownATaskIsNotRunAndNoCallbackRuns() {
        List<String> seen = new ArrayList<>();
        executor.shutdown();
        TaskHandle handle = executor.submit(BackgroundTask.of("late", p -> seen.add("work"))
                .onSuccess(r -> seen.add("ok")).onFinally(() -> seen.add("finally")));
        assertTrue(handle.isCancelled());
        assertTrue(executor.isShutdown());
        assertEquals(List.of(), seen);
        assertEquals(List.of(), executor.unhandled());
    }
}
