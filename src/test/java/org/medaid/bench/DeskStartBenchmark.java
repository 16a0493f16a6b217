package org.medaid.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.medaid.access.StoreAccess;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/**
 * Start of the real desk beside its floor (issue 12 aims 1 and 2), measured in the same run, on a real X
 * display (run it under Xvfb: {@code xvfb-run -a -s "-screen 0 1400x900x24"}); the login is typed by xdotool,
 * as a clerk types it. Each run starts, one after the other:
 * <ol>
 * <li>the floor: {@link SmallestWindow} (a Stage with one Label) with the same JVM and JavaFX jars, which
 * prints the milliseconds from its process's start to the window shown;</li>
 * <li>the desk: {@code java -jar target/medaid-desk.jar} with {@code -Dmedaid.timing=true} on a prepared
 * encrypted store (an administrator, N generated people), which prints the login window's time from its
 * process's start; the benchmark types the login and the password and presses Enter, and the desk prints
 * when the roster's first page is on screen: login → first page is that moment minus the Enter's. Then the
 * desk's resident set (VmRSS) is read right after the first page and 35 s after the desk said that the store's check
 * passed and the start's memory was given back (ADR 0090: the check runs after the first page), and the desk is ended
 * (SIGTERM).</li>
 * </ol>
 * Run (after {@code mvn -B -o -q package -DskipTests} and {@code test-compile}; CP from
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}):
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.medaid.bench.DeskStartBenchmark FOLDER RUNS PEOPLE}
 */
public final class DeskStartBenchmark {

    static final String LOGIN = "bench";
    static final String PASSWORD = "Bench-start-2026";
    private static final Pattern LOGIN_SHOWN = Pattern.compile("login window shown (\\d+) ms from JVM start, at (\\d+)");
    private static final Pattern FIRST_PAGE = Pattern.compile("first roster page (\\d+) ms .*, at (\\d+)");
    /**
     * The store's check after the first page passed and the store is open for work (ADR 0090), or, with the check before
     * the first page, the start's memory given back (which follows the first page and the open for work).
     */
    private static final Pattern OPEN_FOR_WORK = Pattern.compile("(store: handed over to work|start's memory given back).* at (\\d+)");
    private static final Pattern MEMORY_GIVEN_BACK = Pattern.compile("start's memory given back.* at (\\d+)");
    private static final Pattern FLOOR = Pattern.compile("floor: window shown (\\d+) ms from JVM start, RSS (-?\\d+) kB");

    /**
     * JVM options for both the floor and the desk, from {@code -Dbench.jvm="..."} (space-separated): to measure
     * the app image's launcher options (packaging/linux/build.sh) against none.
     */
    private static final List<String> JVM_OPTIONS = System.getProperty("bench.jvm", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.jvm").trim().split("\\s+"));
    /**
     * Options for the desk only, from {@code -Dbench.deskjvm="..."} (space-separated), after {@code bench.jvm}: what
     * the desk's launcher adds that a smallest window has no use for (its class archive, native heap trimming).
     */
    private static final List<String> DESK_OPTIONS = System.getProperty("bench.deskjvm", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.deskjvm").trim().split("\\s+"));
    /**
     * {@code -Dbench.image=target/dist/medaid-desk}: the desk is started by the app image's own launcher (its
     * runtime, its .cfg options, its class archive; the timing and data folder given in JAVA_TOOL_OPTIONS), the
     * floor by the image's runtime with the launcher's options except the archive. {@code -Dbench.jvm} is then
     * added to both.
     */
    private static final Path IMAGE = System.getProperty("bench.image", "").isBlank() ? null
            : Path.of(System.getProperty("bench.image")).toAbsolutePath();
    /**
     * {@code -Dbench.think=MS}: the pause between the login window on screen and the first key typed, a clerk's
     * reading and reaching for the keyboard (0 by default: typed at once). What runs while the clerk types
     * (ADR 0079, 0081) only shows with a pause.
     */
    private static final long THINK_MS = Long.getLong("bench.think", 0);
    /**
     * {@code -Dbench.prepared=true}: FOLDER already holds a store this benchmark prepared (same login, same
     * password; PEOPLE is then only what is printed): a 1,000,000-person store is made once (RUNS 0 prepares and
     * stops; {@link StoreFastFill}, minutes) and measured by later runs.
     */
    private static final boolean PREPARED = Boolean.getBoolean("bench.prepared");
    /**
     * {@code -Dbench.nmt=true}: native memory tracking in the desk, its summary printed after the idle wait, then the
     * live objects' class histogram (a full collection) and the heap and RSS after it.
     */
    private static final boolean NMT = Boolean.getBoolean("bench.nmt");
    /** {@code -Dbench.histogram=true}: the desk's 25 largest classes in its heap ({@code GC.class_histogram}), after the idle wait. */
    private static final boolean HISTOGRAM = Boolean.getBoolean("bench.histogram");
    /**
     * {@code -Dbench.pageOnly=true}: each run ends at the roster's first page (its RSS read there); the store's check,
     * the memory given back and the 35 s idle are not waited for, and not printed. For comparing Enter → first page
     * over many alternated runs (about 10 s a run instead of a minute).
     */
    private static final boolean PAGE_ONLY = Boolean.getBoolean("bench.pageOnly");

    private DeskStartBenchmark() {
    }

    record Floor(long ms, long rssKb) {
    }

    record Run(long floorMs, long floorRssKb, long loginShownMs, long loginToPageMs, long loginToWorkMs, long rssAfterPageKb,
            long rssIdleKb) {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-start").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        if (runs > 0 && System.getenv("DISPLAY") == null) {
            System.err.println("DeskStartBenchmark: no X display; run it under xvfb-run");
            System.exit(2);
        }
        Path jar = IMAGE != null ? IMAGE.resolve("lib/app/medaid-desk.jar") : Path.of("target/medaid-desk.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.err.println("DeskStartBenchmark: " + jar + " is missing; run mvn -B -o -q package -DskipTests first");
            System.exit(2);
        }
        if (PREPARED) {
            if (!Files.isDirectory(folder.resolve("data"))) {
                System.err.println("DeskStartBenchmark: " + folder + " holds no prepared store (data/ is missing)");
                System.exit(2);
            }
        } else {
            prepare(folder, people);
        }
        if (runs == 0) {
            return;
        }
        System.out.println(javaVersion() + "; JVM options: " + (JVM_OPTIONS.isEmpty() ? "none" : String.join(" ", JVM_OPTIONS))
                + (DESK_OPTIONS.isEmpty() ? "" : "; the desk's own: " + String.join(" ", DESK_OPTIONS))
                + (IMAGE == null ? "" : "; app image " + IMAGE + " with its launcher options " + launcherOptions(false)));
        System.out.printf(Locale.ROOT, "%,d people; typing starts %d ms after the login window; cores %d; load average at start %.1f%n",
                people, THINK_MS,
                Runtime.getRuntime().availableProcessors(), load());
        List<Run> done = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Floor floor = floor(jar);
            Run r = desk(jar, folder, floor);
            done.add(r);
            if (PAGE_ONLY) {
                System.out.printf(Locale.ROOT, "run %d: floor %d ms, RSS %d MB; desk login window %d ms (%.2f× the floor); "
                        + "login → first roster page %d ms; RSS %d MB after the page; load %.1f%n",
                        i, r.floorMs, r.floorRssKb / 1024, r.loginShownMs, (double) r.loginShownMs / r.floorMs,
                        r.loginToPageMs, r.rssAfterPageKb / 1024, load());
                continue;
            }
            System.out.printf(Locale.ROOT, "run %d: floor %d ms, RSS %d MB; desk login window %d ms (%.2f× the floor); "
                    + "login → first roster page %d ms, → store checked and open for work %d ms; RSS %d MB after the page, "
                    + "%d MB after 35 s idle; load %.1f%n",
                    i, r.floorMs, r.floorRssKb / 1024, r.loginShownMs, (double) r.loginShownMs / r.floorMs, r.loginToPageMs,
                    r.loginToWorkMs,
                    r.rssAfterPageKb / 1024, r.rssIdleKb / 1024, load());
        }
        System.out.println("| measure (min / median / max of " + runs + ") | value |");
        System.out.println("|---|---|");
        row("smallest JavaFX window (floor), ms", done, Run::floorMs);
        row("launch → login window, ms", done, Run::loginShownMs);
        row("launch → login window ÷ floor (×100)", done, r -> Math.round(100.0 * r.loginShownMs / r.floorMs));
        row("Enter at login → roster's first page, ms", done, Run::loginToPageMs);
        if (!PAGE_ONLY) {
            row("Enter at login → store checked, open for work, ms", done, Run::loginToWorkMs);
        }
        row("smallest JavaFX window's RSS (floor), MB", done, r -> r.floorRssKb / 1024);
        row("RSS after the first page, MB", done, r -> r.rssAfterPageKb / 1024);
        if (!PAGE_ONLY) {
            row("RSS 35 s idle after the start's memory was given back, MB", done, r -> r.rssIdleKb / 1024);
        }
    }

    private static void row(String name, List<Run> runs, java.util.function.ToLongFunction<Run> f) {
        long[] v = runs.stream().mapToLong(f).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %d / %d / %d |%n", name, v[0], v[v.length / 2], v[v.length - 1]);
    }

    /**
     * A fresh encrypted store with an administrator and {@code people} generated people ({@link StoreFastFill} on the
     * closed store), then opened and closed as the desk does ({@link Database#closeAndCompact}), so that the first
     * run's login finds the file as a clerk's day-to-day login does (ADR 0053).
     */
    private static void prepare(Path folder, int people) throws IOException, java.sql.SQLException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        Clock clock = Clock.systemDefaultZone();
        long started = System.nanoTime();
        Path data = folder.resolve("data");
        Database db = new StoreAccess(data, clock).createNew();
        StoreKey key = db.key().orElseThrow();
        try {
            new AuthService(db, clock).createFirstAdministrator(LOGIN, "基准测试", PASSWORD.toCharArray());
        } finally {
            db.close();
        }
        if (people > 0) {
            StoreFastFill.Report r = StoreFastFill.fill(data, key, people, 1);
            System.out.printf(Locale.ROOT, "filled %,d people: rows %.1f s, %d indexes built again %.1f s, SHUTDOWN COMPACT %.1f s;"
                    + " file %,d MB before the compaction, %,d MB after; load %.1f%n", people, r.insertMs() / 1e3, r.indexes(),
                    r.indexMs() / 1e3, r.compactMs() / 1e3, r.bytesBeforeCompact() >> 20, r.bytesAfter() >> 20, load());
        }
        // opened for work and closed as the desk opens and exits (recovery open, users check, tip marker, ADR 0053)
        long desk = System.nanoTime();
        Database.open(data, key).closeAndCompact();
        System.out.printf(Locale.ROOT, "opened and closed as the desk does in %.1f s; file %,d MB (%.3f KB a person)%n",
                (System.nanoTime() - desk) / 1e9, Files.size(data.resolve("medaid.mv.db")) >> 20,
                Files.size(data.resolve("medaid.mv.db")) / 1024.0 / Math.max(1, people));
        System.out.printf(Locale.ROOT, "store prepared in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static Floor floor(Path jar) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(launcherOptions(false));
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(List.of("-cp",
                jar + File.pathSeparator + libJars(jar) + File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                SmallestWindow.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BlockingQueue<String> lines = lines(p);
        Matcher m = await(lines, FLOOR, p);
        p.waitFor(2, TimeUnit.MINUTES);
        return new Floor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    private static Run desk(Path jar, Path folder, Floor floor) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.addAll(DESK_OPTIONS);
        if (NMT) {
            options.add("-XX:NativeMemoryTracking=summary");
        }
        options.addAll(List.of("-Dmedaid.timing=true", "-Dmedaid.data=" + folder.resolve("data"),
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs")));
        ProcessBuilder b;
        if (IMAGE != null) {
            b = new ProcessBuilder(IMAGE.resolve("bin/medaid-desk").toString());
            b.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
        } else {
            List<String> cmd = new ArrayList<>(List.of(java()));
            cmd.addAll(options);
            cmd.addAll(List.of("-jar", jar.toString()));
            b = new ProcessBuilder(cmd);
        }
        Process p = b.redirectErrorStream(true).start();
        try {
            BlockingQueue<String> lines = lines(p);
            Matcher shown = await(lines, LOGIN_SHOWN, p);
            String window = xdotool("search", "--sync", "--pid", String.valueOf(p.pid()), "--name", "登录").strip()
                    .lines().reduce((first, last) -> last).orElseThrow();
            xdotool("windowfocus", "--sync", window);
            if (THINK_MS > 0) {
                Thread.sleep(THINK_MS);
            }
            xdotool("type", "--delay", "10", LOGIN);
            xdotool("key", "Tab");
            xdotool("type", "--delay", "10", PASSWORD);
            long enter = System.currentTimeMillis();
            xdotool("key", "Return");
            Matcher page = await(lines, FIRST_PAGE, p);
            long rssPage = rss(p.pid());
            if (PAGE_ONLY) {
                return new Run(floor.ms(), floor.rssKb(), Long.parseLong(shown.group(1)), Long.parseLong(page.group(2)) - enter,
                        -1, rssPage, -1);
            }
            // the store's check after the first page (ADR 0090), then the start's memory given back: idle counts from there
            Matcher work = await(lines, OPEN_FOR_WORK, p);
            long openForWork = work.group(1).startsWith("store") ? Long.parseLong(work.group(2)) : Long.parseLong(page.group(2));
            if (work.group(1).startsWith("store")) {
                await(lines, MEMORY_GIVEN_BACK, p);
            }
            Thread.sleep(35_000);
            long rssIdle = rss(p.pid());
            if (NMT) {
                System.out.println(jcmd(p.pid(), "VM.native_memory", "summary"));
                System.out.println(jcmd(p.pid(), "GC.heap_info"));
                // what of the heap is live: the class histogram of live objects runs a full collection first
                System.out.println(jcmd(p.pid(), "GC.class_histogram").lines().limit(20).reduce("", (text, line) -> text + line + "\n"));
                System.out.println(jcmd(p.pid(), "GC.heap_info"));
                System.out.printf(Locale.ROOT, "RSS after the full collection of the histogram: %d MB%n", rss(p.pid()) / 1024);
            }
            if (HISTOGRAM) {
                System.out.println(jcmd(p.pid(), "GC.class_histogram").lines().limit(28).reduce((x, y) -> x + "\n" + y).orElse(""));
            }
            return new Run(floor.ms(), floor.rssKb(), Long.parseLong(shown.group(1)), Long.parseLong(page.group(2)) - enter,
                    openForWork - enter, rssPage, rssIdle);
        } finally {
            p.destroy();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
    }

    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e.getMessage());
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    /** The first line matching {@code pattern}; the desk's other lines are echoed if it ends without one. */
    private static Matcher await(BlockingQueue<String> lines, Pattern pattern, Process p) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!p.isAlive() && lines.isEmpty()) {
                    throw new IllegalStateException("the process ended (exit " + p.exitValue() + ") without " + pattern
                            + "; printed: " + seen);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no line matching " + pattern + " within 5 minutes; printed: " + seen);
                }
                continue;
            }
            if (line.startsWith("medaid.timing:")) {
                // the desk's own steps (StartupTiming, logging.Timing): printed as they come, for the breakdown
                System.out.println("  desk " + line);
            }
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
            seen.add(line);
            if (!p.isAlive() && lines.isEmpty()) {
                throw new IllegalStateException("the process ended (exit " + p.exitValue() + ") without " + pattern
                        + "; printed: " + seen);
            }
        }
    }

    private static String xdotool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("xdotool " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    /** The image launcher's java-options ($APPDIR resolved); without the class archive when {@code archive} is false. */
    private static List<String> launcherOptions(boolean archive) throws IOException {
        if (IMAGE == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(IMAGE.resolve("lib/app/medaid-desk.cfg"))) {
            if (line.startsWith("java-options=")) {
                String option = line.substring("java-options=".length()).replace("$APPDIR", IMAGE.resolve("lib/app").toString());
                if (archive || !option.contains("SharedArchiveFile")) {
                    out.add(option);
                }
            }
        }
        return out;
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static String libJars(Path jar) throws IOException {
        try (Stream<Path> libs = Files.list(jar.getParent().resolve("lib")).filter(f -> f.toString().endsWith(".jar"))) {
            return String.join(File.pathSeparator, libs.map(Path::toString).sorted().toList());
        }
    }

    private static String java() {
        if (IMAGE != null) {
            return IMAGE.resolve("lib/runtime/bin/java").toString();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String javaVersion() {
        return "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
