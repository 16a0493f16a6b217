package org.medaid.logging;

/**
 * Start-up marks for {@code -Dmedaid.timing=true} (docs/benchmarks.md): one line on stdout per step of the login
 * with the wall-clock moment, so that the steps between the Enter and the roster's first page can be told apart.
 * Prints nothing otherwise.
 */
public final class Timing {

    private static final boolean ON = Boolean.getBoolean("medaid.timing");

    private Timing() {
    }

    public static void mark(String step) {
        if (ON) {
            System.out.println("medaid.timing: " + step + " at " + System.currentTimeMillis());
        }
    }
}
