package org.medaid.logging;

/**
 * Start-up marks for {@code -Dmedaid.timing=true} (docs/benchmarks.md): one line on stdout per step of the login
 * with the wall-clock moment, so that the steps between the Enter and the roster's first page can be told apart.
 * Prints nothing otherwise.
 */
public final class Timing {

    private static final boolean ON = Boolean.getBoolean("medaid.timing");
    /** {@code -Dmedaid.timing.cpu=true}: each mark also gives the CPU time its own thread has used so far. */
    private static final boolean CPU = Boolean.getBoolean("medaid.timing.cpu");

    private Timing() {
    }

    public static void mark(String step) {
        if (ON) {
            String cpu = CPU ? " (" + Thread.currentThread().getName() + " cpu "
                    + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms)" : "";
            System.out.println("medaid.timing: " + step + " at " + System.currentTimeMillis() + cpu);
        }
    }
}
