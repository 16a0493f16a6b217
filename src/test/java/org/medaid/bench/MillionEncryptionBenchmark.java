package org.medaid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.medaid.backup.BackupService;
import org.medaid.identity.IdNumbers;
import org.medaid.roster.JdbcRoster;
import org.medaid.roster.RosterQuery;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.store.StoreEncryption;

/**
 * What encryption costs at a county's size (ADR 0033): N fictional people (1,000,000 by default)
 * in a plain store — the floor — and in an AES-encrypted one, measured in the same run, each measure taken
 * for plain then AES back to back so the machine's load falls on both alike.
 * <p>
 * Fill: the plain store is filled by JDBC batches ({@link StoreBenchFill}) and compacted; by default the AES
 * store is that same file encrypted by the desk's own in-place upgrade ({@link StoreEncryption#encryptInPlace},
 * timed), so both hold the same pages. With the third argument {@code fill} the AES store is filled by the
 * same batches instead (timed as its fill). Then: open (median of 3, Flyway validation included), the
 * roster's first page (all people) and first page + count after open, the first page of the clerk's
 * searches (surname, pinyin initials, village, ID tail; median and p95 of 200), the save of one person
 * (one transaction with its audit row, median and p95 of 200) and a verified backup. Every figure is printed
 * as soon as it is measured, so a run stopped early still says what it measured. Run:
 * {@code mvn -B -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.MillionEncryptionBenchmark
 * -Dexec.classpathScope=test -Dexec.args="target/bench-million 1000000"}
 */
public final class MillionEncryptionBenchmark {

    private static final int PAGE = 50;

    private MillionEncryptionBenchmark() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-million").toAbsolutePath();
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean fillBoth = args.length > 2 && args[2].equals("fill");
        // "reuse": the plain store of an earlier run's fill (its 27 minutes) is measured again, the AES copy made anew
        boolean reuse = args.length > 2 && args[2].equals("reuse") && Files.isRegularFile(folder.resolve("plain/medaid.mv.db"));
        if (!reuse) {
            delete(folder);
        }
        Path plain = folder.resolve("plain");
        Path aes = folder.resolve("aes");
        StoreKey key = StoreKey.random();
        say("%,d people; AES store %s; cores %d; load average at start %.1f", people,
                fillBoth ? "filled by the same batches" : "encrypted in place from the plain file",
                Runtime.getRuntime().availableProcessors(), load());

        long t = System.nanoTime();
        if (reuse) {
            say("plain (floor): the earlier run's filled and compacted store, file %,d MB", mb(plain));
            delete(aes);
        } else {
            try (Database db = Database.open(plain)) {
                StoreBenchFill.fill(db, people, 20240601L);
            }
            say("plain (floor): fill %.1f s", s(t));
            t = System.nanoTime();
            compactPlain(plain);
            say("plain (floor): compact %.1f s, file %,d MB", s(t), mb(plain));
        }
        if (fillBoth) {
            t = System.nanoTime();
            try (Database db = Database.open(aes, key)) {
                StoreBenchFill.fill(db, people, 20240601L);
            }
            say("AES: fill %.1f s, file %,d MB", s(t), mb(aes));
        } else {
            Files.createDirectories(aes);
            t = System.nanoTime();
            Files.copy(plain.resolve("medaid.mv.db"), aes.resolve("medaid.mv.db"));
            double copy = s(t);
            t = System.nanoTime();
            StoreEncryption.encryptInPlace(aes, key);
            say("AES: copy of the plain file %.1f s (floor of the next figure), encrypt in place %.1f s, file %,d MB", copy,
                    s(t), mb(aes));
        }

        double[][] opens = new double[2][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 2; k++) {
                t = System.nanoTime();
                Database db = open(k == 0 ? plain : aes, k == 0 ? null : key);
                opens[k][i] = ms(t);
                db.close();
            }
        }
        say("open, median of 3: plain %.0f ms, AES %.0f ms (load %.1f)", pct(opens[0], 50), pct(opens[1], 50), load());

        for (int k = 0; k < 2; k++) {
            t = System.nanoTime();
            try (Database db = open(k == 0 ? plain : aes, k == 0 ? null : key)) {
                double open = ms(t);
                JdbcRoster roster = new JdbcRoster(db);
                LocalDate today = LocalDate.now();
                t = System.nanoTime();
                roster.search(RosterQuery.all(today), 0, PAGE);
                double page = ms(t);
                t = System.nanoTime();
                int total = roster.count(RosterQuery.all(today));
                say("%s: open %.0f ms, then the roster's first page %.0f ms, its count (%,d) %.0f ms", label(k), open, page,
                        total, ms(t));
            }
        }

        try (Database p = Database.open(plain); Database a = Database.open(aes, key)) {
            JdbcRoster[] rosters = {new JdbcRoster(p), new JdbcRoster(a)};
            var sets = StoreBenchmark.querySets(LocalDate.now(), rosters[0]);
            say("| first page of a search (%d rows), 200 queries each | plain median / p95 ms | AES median / p95 ms |", PAGE);
            say("|---|---|---|");
            for (var e : sets.entrySet()) {
                double[][] times = new double[2][];
                for (int k = 0; k < 2; k++) {
                    times[k] = firstPages(rosters[k], e.getValue());
                }
                say("| %s | %.1f / %.1f | %.1f / %.1f |", e.getKey(), pct(times[0], 50), pct(times[0], 95),
                        pct(times[1], 50), pct(times[1], 95));
            }
            for (int k = 0; k < 2; k++) {
                double[] saves = saves(k == 0 ? p : a);
                say("%s: save one person (transaction + audit row) median %.1f ms, p95 %.1f ms", label(k), pct(saves, 50),
                        pct(saves, 95));
            }
            for (int k = 0; k < 2; k++) {
                t = System.nanoTime();
                var r = new BackupService(Clock.systemDefaultZone(), "bench").backup(k == 0 ? p : a,
                        folder.resolve("backups-" + (k == 0 ? "plain" : "aes")), "medaid");
                say("%s: verified backup %.1f s, %,d MB (load %.1f)", label(k), s(t), r.bytes() >> 20, load());
            }
        }
    }

    private static double[] firstPages(JdbcRoster roster, List<RosterQuery> queries) {
        for (RosterQuery q : queries.subList(0, 20)) {
            roster.search(q, 0, PAGE);
        }
        double[] times = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            roster.search(queries.get(i), 0, PAGE);
            times[i] = ms(t);
        }
        return times;
    }

    /** One person saved per transaction, with its audit row, as the person form does. */
    private static double[] saves(Database db) {
        JdbcPersonStore store = new JdbcPersonStore(db);
        var session = org.medaid.session.TestSessions.as(db, "bench");
        double[] times = new double[200];
        for (int i = 0; i < times.length + 20; i++) {
            // 兰山区 (linyi): the fill uses five Shaoyang counties, whose numbers reach these birth days at 1,000,000
            PersonRecord p = org.medaid.store.People.person("测试" + i, IdNumbers.compose("371302",
                    LocalDate.of(1931, 1, 1).plusDays(i), 997), "石门村");
            long t = System.nanoTime();
            store.enrol(p, List.of(), session);
            if (i >= 20) {
                times[i - 20] = ms(t);
            }
        }
        return times;
    }

    /** The plain fill leaves H2's unreclaimed space; a desk's store after ordinary use is compact. */
    private static void compactPlain(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("medaid"), "medaid", "");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    private static Database open(Path dir, StoreKey key) {
        return key == null ? Database.open(dir) : Database.open(dir, key);
    }

    private static String label(int k) {
        return k == 0 ? "plain (floor)" : "AES";
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long mb(Path dir) throws IOException {
        return Files.size(dir.resolve("medaid.mv.db")) >> 20;
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double s(long since) {
        return ms(since) / 1000;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
