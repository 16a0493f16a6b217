package org.medaid.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medaid.calc.Calculator;
import org.medaid.cli.CalcCommand;
import org.medaid.cli.SlipCommand;
import org.medaid.logging.DeskLog;
import org.medaid.policy.PolicyRegistry;
import org.medaid.print.CjkFont;

/**
 * Where a verb's time goes in a fresh JVM: the steps of {@code calc} (or {@code slip}) on one case, each timed with
 * {@link System#nanoTime()}, first in the cold JVM and then a few times more (what is left of a step once its classes
 * are loaded and its code compiled). Run it on the app image's runtime with the verbs' launcher's options and archive,
 * the class path extended by target/test-classes (an archive accepts a longer class path), e.g.
 * {@code lib/runtime/bin/java -XX:SharedArchiveFile=lib/app/medaid-cli.jsa -XX:TieredStopAtLevel=1 ... -cp
 * <image class path>:target/test-classes org.medaid.bench.CommandLinePhases calc CASE.json} (docs/benchmarks.md).
 * Not a test.
 */
public final class CommandLinePhases {

    private CommandLinePhases() {
    }

    /**
     * {@code yaml FOLDER}: the five bundled policies as the registry reads them (YAML tree, then the loader), each step
     * timed cold, and their trees written as JSON into FOLDER; {@code json FOLDER} (another JVM): the same from those
     * JSON files.
     */
    private static void policies(String how, Path folder, long jvm) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = how.equals("yaml")
                ? com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder().build()
                : new com.fasterxml.jackson.databind.ObjectMapper();
        long t0 = System.nanoTime();
        List<com.fasterxml.jackson.databind.JsonNode> trees = new ArrayList<>();
        for (String id : PolicyRegistry.BUNDLED) {
            try (InputStream in = how.equals("yaml") ? PolicyRegistry.class.getResourceAsStream("/org/medaid/policies/" + id + ".yaml")
                    : Files.newInputStream(folder.resolve(id + ".json"))) {
                trees.add(mapper.readTree(in));
            }
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < trees.size(); i++) {
            org.medaid.policy.PolicyLoader.read(PolicyRegistry.BUNDLED.get(i) + ".yaml", trees.get(i));
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "JVM start to main %d ms; %s trees %.1f ms, loader %.1f ms%n", jvm, how, (t1 - t0) / 1e6,
                (t2 - t1) / 1e6);
        if (how.equals("yaml")) {
            Files.createDirectories(folder);
            for (int i = 0; i < trees.size(); i++) {
                Files.writeString(folder.resolve(PolicyRegistry.BUNDLED.get(i) + ".json"),
                        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(trees.get(i)));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        String verb = args[0];
        String file = args[1];
        if (verb.equals("font")) {
            long t0 = System.nanoTime();
            byte[] bytes;
            try (InputStream in = CjkFont.class.getResourceAsStream("/org/medaid/print/fonts/wqy-microhei.ttc")) {
                bytes = in.readAllBytes();
            }
            long t1 = System.nanoTime();
            com.lowagie.text.pdf.BaseFont.createFont("wqy-microhei.ttc,0", com.lowagie.text.pdf.BaseFont.IDENTITY_H,
                    com.lowagie.text.pdf.BaseFont.EMBEDDED, false, bytes, null);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "font: read %d bytes from the jar %.1f ms, OpenPDF createFont %.1f ms%n", bytes.length,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            return;
        }
        if (verb.equals("compact")) {
            long t0 = System.nanoTime();
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            long t1 = System.nanoTime();
            com.fasterxml.jackson.databind.JsonNode all;
            try (InputStream in = PolicyRegistry.class.getResourceAsStream("/org/medaid/policies/bundled.json")) {
                all = mapper.readTree(in);
            }
            long t2 = System.nanoTime();
            java.time.LocalDate.parse("2022-01-01");
            long t3 = System.nanoTime();
            org.medaid.policy.PolicyLoader.read(file + ".yaml", all.get(file).get("policy"));
            long t4 = System.nanoTime();
            org.medaid.policy.PolicyLoader.read("shaoyang-2019.yaml", all.get("shaoyang-2019").get("policy"));
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "mapper %.1f ms, tree %.1f ms, LocalDate.parse %.1f ms, loader %s %.1f ms, then shaoyang-2019 %.1f ms%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, file, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
            return;
        }
        if (verb.equals("yaml") || verb.equals("json")) {
            policies(verb, Path.of(file), jvm);
            return;
        }
        int again = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        // the command line reads only the bundled policies of the case's region (ADR 0080); "all" for all five
        String region = args.length > 3 ? (args[3].equals("all") ? null : args[3]) : "371302";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "JVM start to main: %d ms", jvm));
        for (int round = 0; round <= again; round++) {
            String tag = round == 0 ? "cold" : "again " + round;
            long t0 = System.nanoTime();
            DeskLog.commandLine();
            long t1 = System.nanoTime();
            PolicyRegistry registry = region == null ? PolicyRegistry.bundled() : PolicyRegistry.bundledFor(region);
            long t2 = System.nanoTime();
            Calculator calculator = new Calculator(registry);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long t3;
            long t4;
            int code;
            InputStream in = InputStream.nullInputStream();
            if (verb.equals("calc")) {
                t3 = System.nanoTime();
                code = new CalcCommand(calculator).run(new String[] {file}, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                t4 = System.nanoTime();
            } else {
                CjkFont.base();
                t3 = System.nanoTime();
                Path pdf = Files.createTempFile("phases", ".pdf");
                code = new SlipCommand(calculator).run(new String[] {file, "b1", pdf.toString()}, in,
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
                t4 = System.nanoTime();
                Files.delete(pdf);
            }
            lines.add(String.format(Locale.ROOT, "%s: %s log %.1f ms, policies %.1f ms, %s%s %.1f ms (exit %d)", tag,
                    region == null ? "all policies;" : "region " + region + ";",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, verb.equals("slip") ? "font " + String.format(Locale.ROOT, "%.1f ms, ",
                            (t3 - t2) / 1e6) : "", verb, (t4 - t3) / 1e6, code));
        }
        lines.add(String.format(Locale.ROOT, "JVM uptime at the end: %d ms",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
        lines.forEach(System.out::println);
    }
}
