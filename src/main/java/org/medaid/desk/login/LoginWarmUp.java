package org.medaid.desk.login;

import org.medaid.identity.RegionCodes;
import org.medaid.policy.WorkingCalendar;
import org.medaid.security.KeyWrap;
import org.medaid.store.Database;

/**
 * While the clerk types the password (ADR 0079): the classes and bundled tables the login and the first page
 * need are loaded on a low-priority daemon thread, so that after Enter the worker unlocks and opens the store
 * instead of loading code. It touches no store and writes no file: the keyring and the login log are read (ADR
 * 0099), H2's engine is started on a throwaway in-memory database, the region codes and the working calendar are
 * read from the jar. A failure here changes nothing (the same work
 * happens again, when needed, where it always did). Last of all, the key unwrap's PBKDF2 and AES-GCM code runs
 * on a throwaway secret ({@link KeyWrap#warmUp}, ADR 0081), so the JIT has compiled it before the real unwrap,
 * which keeps its full iteration count.
 */
final class LoginWarmUp {

    private LoginWarmUp() {
    }

    /** {@code -Dmedaid.loginWarmUp=false} leaves it out: for measuring what it gains (docs/benchmarks.md). */
    static void start(java.nio.file.Path dataFolder) {
        if (!Boolean.parseBoolean(System.getProperty("medaid.loginWarmUp", "true"))) {
            return;
        }
        Thread t = new Thread(() -> run(dataFolder), "login warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Enough iterations for the JIT to compile PBKDF2's loop in both lanes to its last tier (ADR 0099: with 100,000
     * the first real unwrap still ran about 1.5 times as long as the next); about 0.1 s of each core on a cold JVM.
     */
    static final int UNWRAP_WARM_UP_ITERATIONS = 600_000;

    private static void run(java.nio.file.Path dataFolder) {
        try {
            // H2 and the keyring first, the key derivation last (ADR 0102): H2 hashes with the same SHA-256 code the
            // derivation runs; run after the derivation's warm-up, it made the JIT throw that compiled code away, and
            // the real derivation ran in slower code until it was compiled again (`-Xlog:jit+compilation`)
            Database.warmUp();
            org.medaid.security.KeyringLogin.warmUp(dataFolder);
            RegionCodes.bundled();
            WorkingCalendar.bundled();
            org.medaid.logging.Timing.mark("login warm-up: store code run");
            KeyWrap.warmUp(UNWRAP_WARM_UP_ITERATIONS);
            org.medaid.logging.Timing.mark("login warm-up: done");
        } catch (RuntimeException e) {
            // only a head start: the login and the services load the same where they need it
        }
    }
}
