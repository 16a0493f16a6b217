package org.medaid.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.medaid.store.Database;

/**
 * Kill test of durable commits (ADR 0028): a child JVM ({@link CrashWriter}) writes people, categories,
 * bills, applications and list imports through the real services and prints each record only after its
 * save returned; this program kills it with SIGKILL at a random moment, reopens the store and checks that
 * every printed record is there, KILLS times. Run:
 * {@code mvn -B -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.CrashBenchmark
 * -Dexec.classpathScope=test -Dexec.args="FOLDER KILLS"}. The last line reads
 * {@code kills: K, committed: C, lost: L, failed opens: F}.
 */
public final class CrashBenchmark {

    /** What a run found. */
    public record Outcome(int kills, int committed, int lost, int failedOpens) {
        public String line() {
            return "kills: " + kills + ", committed: " + committed + ", lost: " + lost + ", failed opens: " + failedOpens;
        }
    }

    private static final Map<String, String> TABLES = Map.of("person", "person", "category", "person_category",
            "bill", "bill", "application", "application");

    private CrashBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/crash-store");
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.println(run(folder, kills, new Random(), System.out).line());
    }

    /**
     * Runs {@code kills} kill cycles on the store in {@code folder}; progress lines go to {@code log}. The
     * moment of each kill is random; the outcome does not depend on it.
     */
    public static Outcome run(Path folder, int kills, Random random, PrintStream log) {
        try (Database db = Database.open(folder)) {
            CrashWriter.prepare(db);
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classPath(), CrashWriter.class.getName(), folder.toAbsolutePath().toString());
        if (Boolean.getBoolean("crash.debug")) {
            log.println(command);
        }
        Map<String, Set<String>> committed = new TreeMap<>();
        Set<String> lost = new LinkedHashSet<>();
        int failed = 0;
        long started = System.nanoTime();
        for (int k = 1; k <= kills; k++) {
            List<String> printed = killOnce(command, random, folder.resolve("writer-errors.log").toFile());
            try (Database db = Database.open(folder)) {
                for (String line : printed) {
                    String[] kv = line.split(" ", 2);
                    committed.computeIfAbsent(kv[0], x -> new LinkedHashSet<>()).add(kv[1]);
                    if (!present(db, kv[0], kv[1])) {
                        lost.add(line);
                        log.println("LOST after kill " + k + ": " + line);
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                log.println("FAILED OPEN after kill " + k + ": " + e);
            }
            if (k % 50 == 0 || k == kills) {
                log.printf(Locale.ROOT, "%d kills in %.0f s; committed so far %s%n", k, (System.nanoTime() - started) / 1e9,
                        sizes(committed));
            }
        }
        int total = committed.values().stream().mapToInt(Set::size).sum();
        return new Outcome(kills, total, lost.size(), failed);
    }

    private static String sizes(Map<String, Set<String>> committed) {
        StringBuilder s = new StringBuilder();
        committed.forEach((kind, ids) -> s.append(s.length() == 0 ? "" : ", ").append(kind).append(' ').append(ids.size()));
        return s.toString();
    }

    /** Starts the writer, kills it at a random moment, and returns the records it printed as saved. */
    private static List<String> killOnce(List<String> command, Random random, File errors) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(errors)).start();
            List<String> printed = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch ready = new CountDownLatch(1);
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readLines(p, printed, ready));
            // One kill in ten may land while the store opens; the rest once records are being written.
            if (random.nextInt(10) == 0) {
                Thread.sleep(random.nextInt(1500));
            } else {
                if (!ready.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the writer wrote nothing within 10 minutes");
                }
                Thread.sleep(random.nextInt(1500));
            }
            p.destroyForcibly(); // SIGKILL on Unix
            p.waitFor();
            reader.join();
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void readLines(Process p, List<String> printed, CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("(person|category|bill|application) \\d+|import \\d{17}[\\dX]")) {
                    printed.add(line);
                    ready.countDown(); // the first save returned: the writer is in its stride
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child is killed: what was read is what was printed
        } finally {
            ready.countDown();
        }
    }

    private static boolean present(Database db, String kind, String key) {
        String sql = kind.equals("import") ? "SELECT COUNT(*) FROM person WHERE id_number = ?"
                : "SELECT COUNT(*) FROM " + TABLES.get(kind) + " WHERE id = ?";
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            }
        });
    }

    /** The class path of this program, whether run by exec:java (a class loader of its own) or by a test. */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = CrashBenchmark.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    entries.add(Path.of(java.net.URI.create(url.toString())).toString());
                }
            }
        }
        if (entries.isEmpty()) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        }
        return String.join(File.pathSeparator, entries);
    }
}
