package org.medaid;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A GUI test's wait that ends unmet says so in a sentence (TestFX's own timeout has no message). */
class PatienceTest {

    @Test
    void aConditionThatNeverHoldsFailsWithASentence() {
        AssertionError e = assertThrows(AssertionError.class, () -> Patience.until(0, () -> false));
        assertTrue(e.getMessage().contains("still did not hold"), e.getMessage());
    }

    @Test
    void aConditionThatHoldsEndsTheWait() {
        AtomicInteger asked = new AtomicInteger();
        Patience.until(() -> asked.incrementAndGet() >= 3);
        assertTrue(asked.get() >= 3);
    }
}
