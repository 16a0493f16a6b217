package org.medaid.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.medaid.security.KeyringLogin;
import org.medaid.security.LoginThrottle;
import org.medaid.security.StoreKey;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.store.StoreCheck;

/**
 * The login's store check (ADR 0030, 0084) alone on a store {@link DeskStartBenchmark} prepared: per run, the
 * read-only open and the full check with one reader (the floor: the same reads, streamed, on one connection) and with
 * {@link StoreCheck}'s readers, alternately, each with its wall time and the process's CPU time. Run:
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.medaid.bench.StoreCheckBenchmark FOLDER/data RUNS}.
 */
public final class StoreCheckBenchmark {

    private StoreCheckBenchmark() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        KeyringLogin.Outcome outcome = new KeyringLogin(data, new LoginThrottle(Clock.systemUTC()))
                .unlock(DeskStartBenchmark.LOGIN, DeskStartBenchmark.PASSWORD.toCharArray());
        if (!(outcome instanceof KeyringLogin.Unlocked unlocked)) {
            System.err.println("StoreCheckBenchmark: " + data + " is not a store DeskStartBenchmark prepared (" + outcome + ")");
            System.exit(2);
            return;
        }
        StoreKey key = unlocked.key();
        if (Boolean.getBoolean("bench.compact")) {
            // -Dbench.compact=true: opened for work and closed as the desk exits (compacted when mostly dead), e.g.
            // a fill that was stopped part-way and left its appended chunks
            long t = System.nanoTime();
            Database.open(data, key).closeAndCompact();
            System.out.printf(Locale.ROOT, "opened and closed as the desk exits in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, store %s, load %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), data, load());
        try (Database db = Database.openReadOnly(data, key)) {
            System.out.printf(Locale.ROOT, "%,d people, %,d categories, %,d audit rows; file %,d MB%n", StoreBenchFill.count(db),
                    rows(db, "person_category"), rows(db, "audit"), data.resolve("medaid.mv.db").toFile().length() >> 20);
        }
        for (int run = 1; run <= runs; run++) {
            for (int readers : new int[] {1, 2}) {
                long t0 = System.nanoTime();
                long c0 = cpu();
                try (Database db = Database.openReadOnly(data, key)) {
                    long t1 = System.nanoTime();
                    long c1 = cpu();
                    StoreCheck.verify(db, List.of(AuditChainBrokenException.verifier()), readers);
                    System.out.printf(Locale.ROOT, "run %d, %d reader%s: read-only open %d ms; check %d ms wall, %d ms CPU; load %.1f%n",
                            run, readers, readers == 1 ? " (floor: the same reads on one connection)" : "s", (t1 - t0) / 1_000_000,
                            (System.nanoTime() - t1) / 1_000_000, (cpu() - c1) / 1_000_000, load());
                }
            }
        }
    }

    private static long rows(Database db, String table) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
