package org.medaid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.security.KeyringLogin;
import org.medaid.security.LoginThrottle;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;

/**
 * The clerk's verified backup (立即备份, and the exit's) of a store {@link DeskStartBenchmark} prepared, e.g. 1,000,000
 * people: the store is opened for work as the desk opens it, then {@link BackupService#backup} writes the zip and
 * checks it by opening it; beside it, in the same run, the floor: the store file copied by {@code Files.copy}, the
 * plainest duplicate of the same bytes. Works on a copy of DATA made in WORK (DATA itself is never opened). Run:
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.medaid.bench.BackupBenchmark DATA WORK [RUNS]}.
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BackupBenchmark DATA WORK [RUNS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path store = work.resolve("data");
        copyFolder(data, store);
        KeyringLogin.Outcome outcome = new KeyringLogin(store, new LoginThrottle(Clock.systemUTC()))
                .unlock(DeskStartBenchmark.LOGIN, DeskStartBenchmark.PASSWORD.toCharArray());
        if (!(outcome instanceof KeyringLogin.Unlocked unlocked)) {
            System.err.println("BackupBenchmark: " + data + " is not a store DeskStartBenchmark prepared (" + outcome + ")");
            System.exit(2);
            return;
        }
        StoreKey key = unlocked.key();
        Path file = store.resolve("medaid.mv.db");
        System.out.printf(Locale.ROOT, "java %s, %d cores, store %s (%,d MB)%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), data, Files.size(file) >> 20);
        try (Database db = Database.open(store, key)) {
            BackupService backups = new BackupService(Clock.systemDefaultZone(), "bench");
            for (int run = 1; run <= runs; run++) {
                Path floor = work.resolve("floor.mv.db");
                long t0 = System.nanoTime();
                Files.copy(file, floor, StandardCopyOption.REPLACE_EXISTING);
                long t1 = System.nanoTime();
                BackupResult result = backups.backup(db, work.resolve("backups"), "bench");
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "run %d: floor (Files.copy of the store file) %.1f s; verified backup %.1f s "
                        + "(%.1f× the floor); zip %,d MB%n", run, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        (double) (t2 - t1) / (t1 - t0), result.bytes() >> 20);
                Files.delete(result.file());
                Files.delete(floor);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
