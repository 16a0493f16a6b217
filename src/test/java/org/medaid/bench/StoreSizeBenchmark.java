package org.medaid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.medaid.identity.IdNumbers;
import org.medaid.importer.ColumnMapping;
import org.medaid.importer.CsvReader;
import org.medaid.importer.ImportListener;
import org.medaid.importer.ImportPreview;
import org.medaid.importer.ImportResult;
import org.medaid.importer.ListImporter;
import org.medaid.importer.Table;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.StoreKey;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;

/**
 * Issue 12, aim 3: the store's size a person after a normal session at a county's size. An encrypted store is
 * filled with PEOPLE generated people ({@link StoreBenchFill}), then used as the desk uses it: opened through the
 * check ({@link StoreOpening}, which compacts a mostly dead file, ADR 0053), 200 people enrolled one by one
 * (a transaction and an audit row each), a monthly list of IMPORT new people imported, and closed as the desk
 * exits ({@link Database#closeAndCompact}). The floor, in the same run, is the same data written the plainest way
 * H2 can: a copy of the final file compacted in full ({@code SHUTDOWN COMPACT}). Run:
 * {@code java -Xmx2g -cp "target/test-classes:target/classes:$(cat cp.txt)" org.medaid.bench.StoreSizeBenchmark FOLDER PEOPLE IMPORT}.
 */
public final class StoreSizeBenchmark {

    private StoreSizeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-size").toAbsolutePath();
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int imported = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        delete(folder);
        Path store = folder.resolve("store");
        StoreKey key = StoreKey.random();
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        say("java %s, %d cores, %,d people, %,d imported, encrypted store, load %.1f", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), people, imported, load());

        long t = System.nanoTime();
        try (Database db = Database.open(store, key)) {
            StoreBenchFill.fill(db, people, 20240601L);
        }
        say("fill (JDBC batches) %.1f s: file %s", s(t), size(store, people));

        t = System.nanoTime();
        Database db = new StoreOpening(folder.resolve("backups"), List.of(), clock).open(store, key);
        say("first open through the check %.1f s: file %s", s(t), size(store, people));
        int total = people;
        try {
            Session session = TestSessions.as(db, "clerk");
            JdbcPersonStore persons = new JdbcPersonStore(db);
            t = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                // 兰山区 (linyi): the fill's numbers are of five Shaoyang counties
                PersonRecord p = org.medaid.store.People.person("测试" + i, IdNumbers.compose("371302",
                        LocalDate.of(1931, 1, 1).plusDays(i), 997), "石门村");
                persons.enrol(p, List.of(), session);
            }
            total += 200;
            say("200 people enrolled one by one %.1f s: file %s", s(t), size(store, total));
            t = System.nanoTime();
            ListImporter importer = new ListImporter(db, clock);
            Table table = CsvReader.read("list.csv", ImportBenchmark.list(imported, "石门村"));
            ImportPreview preview = importer.preview(table, ColumnMapping.guess(table.headers()), ImportListener.NONE);
            ImportResult result = importer.commit(preview, session, ImportListener.NONE);
            total += result.added();
            say("a list of %,d imported %.1f s (%s): file %s", imported, s(t), result, size(store, total));
        } finally {
            t = System.nanoTime();
            db.closeAndCompact();
        }
        say("closed as the desk exits (compacts when less than half is live) %.1f s: file %s", s(t), size(store, total));

        Path floor = Files.createDirectories(folder.resolve("floor"));
        Files.copy(store.resolve("medaid.mv.db"), floor.resolve("medaid.mv.db"));
        t = System.nanoTime();
        Database.compactCopy(floor, key);
        say("floor: the same file compacted in full %.1f s: file %s", s(t), size(floor, total));
        t = System.nanoTime();
        new StoreOpening(folder.resolve("backups"), List.of(), clock).open(store, key).close();
        say("the next open %.1f s: file %s (load %.1f)", s(t), size(store, total), load());
    }

    private static String size(Path dir, int people) throws IOException {
        long bytes = Files.size(dir.resolve("medaid.mv.db"));
        return String.format(Locale.ROOT, "%,d MB, %.3f KB a person", bytes >> 20, bytes / 1024.0 / people);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double s(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
