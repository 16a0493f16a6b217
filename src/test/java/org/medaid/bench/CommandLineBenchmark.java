package org.medaid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code calc} and {@code slip} through the app image's launcher against {@code java -version} of the
 * image's own runtime (the floor), in the same run, rounds interleaved so that a busy moment hits every command
 * alike; with the image's class archive (ADR 0047) and, when a second image is given, without it; through the desk's
 * launcher ({@code bin/medaid-desk calc}) and, where the image has it, the verbs' own ({@code bin/medaid-cli}, ADR 0079). Each run is timed
 * by {@code /usr/bin/time} (wall, and user + system CPU of the process). Not a test:
 * {@code java -cp target/test-classes org.medaid.bench.CommandLineBenchmark target/dist/medaid-desk [image-without-archive] [rounds]}
 * (docs/benchmarks.md). {@code -Dbench.cliOnly=true} leaves out the desk's launcher; {@code -Dbench.other=DIR} adds the
 * verbs of a second image (another build, its archive rewritten for its own folder) to the same rounds. Wall time is
 * taken with {@link System#nanoTime()} around the run (ms resolution), CPU from {@code /usr/bin/time}; min / median /
 * max are printed (ADR 0085). {@code -Dbench.pdfFloors=true} adds the floors of {@code slip}'s PDF library: {@link PdfFloor}
 * and {@link PdfBoxFloor} on the image's runtime with the verbs' options and a class archive of their own
 * ({@link PdfFloors}).
 */
public final class CommandLineBenchmark {

    private CommandLineBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path plain = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]).toAbsolutePath() : null;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path work = Files.createTempDirectory("cli-bench");
        String sample = Path.of("samples/cases/linyi-minimum-living.json").toAbsolutePath().toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version (floor)", List.of(image.resolve("lib/runtime/bin/java").toString(), "-version"));
        if (!Boolean.getBoolean("bench.cliOnly")) {
            commands.put("calc", List.of(image.resolve("bin/medaid-desk").toString(), "calc", sample));
            commands.put("slip", List.of(image.resolve("bin/medaid-desk").toString(), "slip", sample, "b1",
                    work.resolve("slip.pdf").toString()));
        }
        Path cli = image.resolve("bin/medaid-cli");
        if (Files.isExecutable(cli)) {
            // the verbs' own launcher (ADR 0079): C1 only, Serial GC, its own class archive
            commands.put("calc, medaid-cli", List.of(cli.toString(), "calc", sample));
            commands.put("slip, medaid-cli", List.of(cli.toString(), "slip", sample, "b1", work.resolve("slip3.pdf").toString()));
        }
        String other = System.getProperty("bench.other");
        if (other != null) {
            Path o = Path.of(other).toAbsolutePath();
            commands.put("calc, medaid-cli of " + o.getFileName(), List.of(o.resolve("bin/medaid-cli").toString(), "calc", sample));
            commands.put("slip, medaid-cli of " + o.getFileName(), List.of(o.resolve("bin/medaid-cli").toString(), "slip", sample,
                    "b1", work.resolve("slip4.pdf").toString()));
        }
        if (Boolean.getBoolean("bench.pdfFloors")) {
            PdfFloors floors = PdfFloors.prepare(image, work);
            commands.put("OpenPDF alone: the slip's page (PdfFloor)", floors.openPdf());
            commands.put("PDFBox alone: the slip's text (PdfBoxFloor)", floors.pdfBox());
        }
        if (plain != null) {
            commands.put("calc, no class archive", List.of(plain.resolve("bin/medaid-desk").toString(), "calc", sample));
            commands.put("slip, no class archive", List.of(plain.resolve("bin/medaid-desk").toString(), "slip", sample, "b1",
                    work.resolve("slip2.pdf").toString()));
        }
        Map<String, double[][]> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new double[2][rounds]));
        for (String k : commands.keySet()) {
            run(commands.get(k), work); // one run each first: the files are in the page cache for every round
        }
        for (int r = 0; r < rounds; r++) {
            for (var e : commands.entrySet()) {
                double[] t = run(e.getValue(), work);
                times.get(e.getKey())[0][r] = t[0];
                times.get(e.getKey())[1][r] = t[1];
            }
        }
        double floorWall = median(times.get("java -version (floor)")[0]);
        double floorCpu = median(times.get("java -version (floor)")[1]);
        System.out.printf(Locale.ROOT, "%d rounds, medians; image %s; load average %.1f%n", rounds, image,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| command | wall s min / median / max | CPU s median | × floor (wall, medians) | × floor (wall, minima) | × floor (CPU) |");
        System.out.println("|---|---|---|---|---|---|");
        double floorMin = min(times.get("java -version (floor)")[0]);
        for (var e : times.entrySet()) {
            double wall = median(e.getValue()[0]);
            double cpu = median(e.getValue()[1]);
            System.out.printf(Locale.ROOT, "| %s | %.3f / %.3f / %.3f | %.2f | %.2f× | %.2f× | %.2f× |%n", e.getKey(), min(e.getValue()[0]),
                    wall, max(e.getValue()[0]), cpu, wall / floorWall, min(e.getValue()[0]) / floorMin, cpu / floorCpu);
        }
    }

    /** Wall and CPU seconds of one run; a failing command stops the benchmark with its output. */
    private static double[] run(List<String> command, Path work) throws IOException, InterruptedException {
        Path timing = work.resolve("time.txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %U %S"));
        full.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile()).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(command + " failed: " + Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8));
        }
        String[] f = Files.readString(timing).trim().split("\\s+");
        return new double[] {wall, Double.parseDouble(f[1]) + Double.parseDouble(f[2])};
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
