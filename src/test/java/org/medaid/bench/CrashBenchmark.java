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

    /**
     * How long after its first save (or after its start, one time in ten) the writer is killed at most, in
     * ms: {@code -Dcrash.window=}, 600 by default. A few saves per kill suffice; the JVM start is the cost.
     */
    private static final int KILL_WINDOW_MS = Integer.getInteger("crash.window", 600);

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
        List<String> command = writerCommand(folder, classArchive(folder, log));
        if (Boolean.getBoolean("crash.debug")) {
            log.println(command);
        }
        Map<String, Set<String>> committed = new TreeMap<>();
        Set<String> lost = new LinkedHashSet<>();
        int failed = 0;
        long started = System.nanoTime();
        for (int k = 1; k <= kills; k++) {
            List<String> printed = killOnce(command, random, folder.resolve("writer-errors.log").toFile());
            for (String line : printed) {
                String[] kv = line.split(" ", 2);
                committed.computeIfAbsent(kv[0], x -> new LinkedHashSet<>()).add(kv[1]);
            }
            // every record printed so far, not only this round's: a later crash (or the recovery after it)
            // must not take back what an earlier round saved
            try (Database db = Database.open(folder)) {
                for (Map.Entry<String, Set<String>> kind : committed.entrySet()) {
                    Set<String> found = stored(db, kind.getKey());
                    for (String key : kind.getValue()) {
                        if (!found.contains(key) && lost.add(kind.getKey() + " " + key)) {
                            log.println("LOST after kill " + k + ": " + kind.getKey() + " " + key
                                    + (printed.contains(kind.getKey() + " " + key) ? " (saved in this round)" : " (saved earlier)")
                                    + "; this round printed " + printed + "; stored " + new java.util.TreeSet<>(found));
                        }
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                log.println("FAILED OPEN after kill " + k + ": " + e);
            }
            if (k % 50 == 0 || k == kills) {
                log.printf(Locale.ROOT, "%d kills in %.0f s; committed so far %s; lost %d%n", k,
                        (System.nanoTime() - started) / 1e9, sizes(committed), lost.size());
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

    private static List<String> writerCommand(Path folder, List<String> extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1"));
        command.addAll(extra);
        command.addAll(List.of("-cp", jarredClassPath(folder), CrashWriter.class.getName(), folder.toAbsolutePath().toString()));
        return command;
    }

    /**
     * The JVM options that let every writer start from an archive of the classes it loads (Java's dynamic
     * class-data sharing): the archive is made once by a writer that saves one round and exits. Starting a
     * JVM is most of a kill cycle's time; without an archive (if making it failed) the writers start slower.
     */
    private static List<String> classArchive(Path folder, PrintStream log) {
        Path archive = folder.toAbsolutePath().resolve("writer.jsa");
        if (!java.nio.file.Files.isRegularFile(archive)) {
            List<String> dump = writerCommand(folder, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dcrash.rounds=1"));
            try {
                Process p = new ProcessBuilder(dump).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0 || !java.nio.file.Files.isRegularFile(archive)) {
                    log.println("no class archive (exit " + p.exitValue() + "): writers start without one");
                    return List.of();
                }
            } catch (IOException e) {
                log.println("no class archive: " + e.getMessage());
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
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
                Thread.sleep(random.nextInt(KILL_WINDOW_MS));
            } else {
                if (!ready.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the writer wrote nothing within 10 minutes");
                }
                Thread.sleep(random.nextInt(KILL_WINDOW_MS));
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

    /** Every key of {@code kind} in the store: ids, or the ID numbers of imported people. */
    private static Set<String> stored(Database db, String kind) {
        String sql = kind.equals("import") ? "SELECT id_number FROM person" : "SELECT id FROM " + TABLES.get(kind);
        return db.read(c -> {
            Set<String> keys = new java.util.HashSet<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    /**
     * This program's class path with its class folders packed into one jar in {@code folder} (Java's class
     * archive accepts jars only); the jar is made once per run.
     */
    private static String jarredClassPath(Path folder) {
        Path jar = folder.toAbsolutePath().resolve("writer-classes.jar");
        List<String> entries = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (String e : classPath().split(File.pathSeparator)) {
            if (java.nio.file.Files.isDirectory(Path.of(e))) {
                dirs.add(Path.of(e));
            } else {
                entries.add(e);
            }
        }
        if (!dirs.isEmpty()) {
            if (!java.nio.file.Files.isRegularFile(jar)) {
                packInto(jar, dirs);
            }
            entries.add(0, jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void packInto(Path jar, List<Path> dirs) {
        Set<String> seen = new java.util.HashSet<>();
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            for (Path dir : dirs) {
                try (var files = java.nio.file.Files.walk(dir)) {
                    for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(dir))::iterator) {
                        boolean folder = java.nio.file.Files.isDirectory(f);
                        // folders get entries too: Flyway finds its migrations by listing db/migration
                        String name = dir.relativize(f).toString().replace(File.separatorChar, '/') + (folder ? "/" : "");
                        if (seen.add(name)) {
                            out.putNextEntry(new java.util.jar.JarEntry(name));
                            if (!folder) {
                                java.nio.file.Files.copy(f, out);
                            }
                            out.closeEntry();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path of this program, whether run by exec:java (a class loader of its own) or by a test. */
    public static String classPath() {
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
