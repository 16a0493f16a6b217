package org.medaid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.medaid.backup.BackupService;
import org.medaid.identity.IdNumbers;
import org.medaid.roster.JdbcRoster;
import org.medaid.roster.RosterQuery;
import org.medaid.security.KeyWrap;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;

/**
 * What encryption costs (ADR 0033): the same N fictional people filled into a plain store (the floor,
 * measured in the same run) and into an AES-encrypted one opened as the desk's restricted user; then for
 * each: open time, the save of one person (one transaction with its audit row, 200 times), a verified
 * backup, and the roster searches of {@link StoreBenchmark}. Also the login's key unwrap (PBKDF2).
 * Fresh stores every run. Run:
 * {@code mvn -B -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.EncryptionBenchmark -Dexec.classpathScope=test -Dexec.args="target/bench-crypto 200000"}
 */
public final class EncryptionBenchmark {

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-crypto");
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        delete(folder);
        StoreKey key = StoreKey.random();
        long t = System.nanoTime();
        KeyWrap.Wrapped w = new KeyWrap().wrap(key, "bench-password-1".toCharArray(), "bench");
        double wrapMs = ms(t);
        t = System.nanoTime();
        KeyWrap.unwrap(w, "bench-password-1".toCharArray(), "bench").orElseThrow();
        System.out.printf(Locale.ROOT, "key wrap (PBKDF2-SHA256 %,d iterations + AES-GCM): wrap %.0f ms, unwrap at login %.0f ms%n",
                KeyWrap.ITERATIONS, wrapMs, ms(t));
        for (boolean encrypted : new boolean[] {false, true}) {
            String label = encrypted ? "AES" : "plain (floor)";
            Path dir = folder.resolve(encrypted ? "aes" : "plain");
            t = System.nanoTime();
            try (Database db = open(dir, encrypted ? key : null)) {
                StoreBenchFill.fill(db, people, 20240601L);
            }
            System.out.printf(Locale.ROOT, "%s: fill %,d people in %.1f s, file %,d MB%n", label, people, ms(t) / 1000,
                    Files.size(dir.resolve("medaid.mv.db")) >> 20);
            double[] opens = new double[3];
            for (int i = 0; i < opens.length; i++) {
                t = System.nanoTime();
                Database db = open(dir, encrypted ? key : null);
                opens[i] = ms(t);
                db.close();
            }
            Arrays.sort(opens);
            try (Database db = open(dir, encrypted ? key : null)) {
                System.out.printf(Locale.ROOT, "%s: open (Flyway validation included) median of 3: %.0f ms%n", label, opens[1]);
                saves(db, label);
                t = System.nanoTime();
                new BackupService(Clock.systemDefaultZone(), "bench").backup(db, folder.resolve("backups-" + (encrypted ? "aes" : "plain")), "medaid");
                System.out.printf(Locale.ROOT, "%s: verified backup in %.1f s%n", label, ms(t) / 1000);
                JdbcRoster roster = new JdbcRoster(db);
                System.out.println("| " + label + " query | n | page median ms | page p95 ms | count median ms | count p95 ms | page+count p95 ms | mean hits |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                for (Map.Entry<String, List<RosterQuery>> e : StoreBenchmark.querySets(LocalDate.now(), roster).entrySet()) {
                    StoreBenchmark.run(roster, e.getKey(), e.getValue());
                }
            }
        }
    }

    private static Database open(Path dir, StoreKey key) {
        return key == null ? Database.open(dir) : Database.open(dir, key);
    }

    /** One person saved per transaction, with its audit row, as the person form does. */
    private static void saves(Database db, String label) {
        JdbcPersonStore store = new JdbcPersonStore(db);
        double[] times = new double[200];
        for (int i = 0; i < times.length + 20; i++) {
            PersonRecord p = org.medaid.store.People.person("测试" + i, IdNumbers.compose("430524",
                    LocalDate.of(1931, 1, 1).plusDays(i), 999), "石门村");
            long t = System.nanoTime();
            store.enrol(p, List.of(), org.medaid.session.TestSessions.as(db, "bench"));
            if (i >= 20) {
                times[i - 20] = ms(t);
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%s: save one person (transaction + audit) median %.1f ms, p95 %.1f ms%n", label,
                times[times.length / 2], times[(int) Math.ceil(times.length * 0.95) - 1]);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
