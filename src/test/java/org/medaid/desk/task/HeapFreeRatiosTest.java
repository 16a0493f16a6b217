package org.medaid.desk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0089: the ratios the launchers name for the idle desk are set at run time, in either direction, and a
 * malformed or impossible value changes nothing. Each case runs in a child JVM (the flags are the whole JVM's).
 */
class HeapFreeRatiosTest {

    @Test
    void theLaunchersIdleRatiosReplaceTheJvmsDefaults() throws Exception {
        assertEquals("true 10,30", child("-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70", "-D" + HeapFreeRatios.PROPERTY + "=10,30"));
    }

    @Test
    void ratiosAreRaisedInTheOrderHotSpotAccepts() throws Exception {
        assertEquals("true 40,70", child("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-D" + HeapFreeRatios.PROPERTY + "=40,70"));
    }

    @Test
    void aMalformedOrImpossibleValueLeavesTheRatiosAsTheyWere() throws Exception {
        for (String bad : List.of("10", "ten,30", "30,10", "10,130", "-1,30")) {
            assertEquals("false 40,70", child("-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70", "-D" + HeapFreeRatios.PROPERTY + "=" + bad), bad);
        }
    }

    @Test
    void withoutThePropertyNothingIsSet() throws Exception {
        assertEquals("false 40,70", child("-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70"));
    }

    private static String child(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Apply.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out.lines().reduce((a, b) -> b).orElse("");
    }

    /** In the child JVM: applies the property and prints whether it did and the ratios after. */
    static final class Apply {
        public static void main(String[] args) {
            boolean applied = HeapFreeRatios.applyIdle();
            System.out.println(applied + " " + HeapFreeRatios.now());
        }
    }
}
