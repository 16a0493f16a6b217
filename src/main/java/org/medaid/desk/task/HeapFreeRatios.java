package org.medaid.desk.task;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The heap's free ratios the desk keeps once it is idle (ADR 0089). The launchers start the JVM with its default
 * ratios (at least 40 %, at most 70 % of the heap free after a full collection), so that the login's check of a
 * large store grows the heap in few, large steps: at 1,000,000 people 11-12 full collections instead of 27 with
 * 10 / 30, and a login 2-5 s shorter (docs/benchmarks.md). Once the first page is on screen, the ratios the launcher
 * names in {@value #PROPERTY} ({@code MIN,MAX}, the launchers: {@code 10,30}) are set — both are manageable flags of
 * HotSpot — and {@link FullCollection} then gives the heap back down to them.
 */
public final class HeapFreeRatios {

    public static final String PROPERTY = "medaid.idleHeapFreeRatios";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HeapFreeRatios.class);

    private HeapFreeRatios() {
    }

    /**
     * Sets the ratios named in {@value #PROPERTY}.
     *
     * @return whether they were set; false (and one log line) when the property is missing, malformed or the JVM
     *         refuses the values, and the ratios stay as they were
     */
    public static boolean applyIdle() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return false;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected MIN,MAX");
            }
            int min = Integer.parseInt(parts[0].strip());
            int max = Integer.parseInt(parts[1].strip());
            if (min < 0 || max > 100 || min > max) {
                throw new IllegalArgumentException("expected 0 <= MIN <= MAX <= 100");
            }
            set(min, max);
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("-D{}={} not applied, the heap's free ratios stay as they are: {}", PROPERTY, value, e.toString());
            return false;
        }
    }

    /** Sets both ratios in the order that keeps MinHeapFreeRatio ≤ MaxHeapFreeRatio at each step (HotSpot checks it). */
    static void set(int min, int max) {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        int currentMax = current(hotspot, "MaxHeapFreeRatio");
        boolean minFirst = min <= currentMax;
        if (minFirst) {
            hotspot.setVMOption("MinHeapFreeRatio", Integer.toString(min));
        }
        hotspot.setVMOption("MaxHeapFreeRatio", Integer.toString(max));
        if (!minFirst) {
            hotspot.setVMOption("MinHeapFreeRatio", Integer.toString(min));
        }
    }

    static int current(HotSpotDiagnosticMXBean hotspot, String flag) {
        return Integer.parseInt(hotspot.getVMOption(flag).getValue());
    }

    /** The two ratios now, "MIN,MAX" (for the tests and the log). */
    static String now() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return current(hotspot, "MinHeapFreeRatio") + "," + current(hotspot, "MaxHeapFreeRatio");
    }
}
