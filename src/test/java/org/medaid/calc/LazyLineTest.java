package org.medaid.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.medaid.policy.PolicyRegistry;

/**
 * Lines written on demand (ADR 0046) read the same as lines written at once: equal to an eager {@link Line} of
 * the same text, one string for every reader and thread, the clause in 〔〕 at the end. The text itself is pinned
 * by the hand-worked cases and the sample outputs (compared character by character).
 */
class LazyLineTest {

    private static final Calculator CALC = new Calculator(PolicyRegistry.bundled());

    @Provide
    Arbitrary<Scenarios.Scenario> anyYear() {
        return Scenarios.scenarios(false);
    }

    @Property(tries = 200)
    void aLazyLineIsTheSameAsItsTextWrittenAtOnce(@ForAll("anyYear") Scenarios.Scenario s) throws InterruptedException {
        List<Line> lines = new ArrayList<>();
        CALC.calculate(s.caseFile()).bills().forEach(b -> lines.addAll(b.lines()));
        // Two threads race to write every text first; both must see the same text.
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        Thread other = new Thread(() -> lines.forEach(l -> seen.add(l.text())));
        other.start();
        List<String> mine = lines.stream().map(Line::text).toList();
        other.join();
        assertEquals(mine, List.copyOf(seen));
        for (Line l : lines) {
            Line eager = new Line(l.tier(), l.text(), l.source());
            assertEquals(eager, l);
            assertEquals(eager.hashCode(), l.hashCode());
            assertEquals(eager.toString(), l.toString());
            assertSame(l.text(), l.text(), "written once, then kept");
            assertTrue(l.source() == null || l.text().endsWith(" 〔" + l.source() + "〕"), l.text());
            assertTrue(!l.text().contains("{") && !l.text().contains("null"), l.text());
        }
    }
}
