package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bench.CrashBenchmark;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.StoreKey;
import org.medaid.security.TestKeys;

/**
 * The desk's exit closes the store and compacts it ({@link Database#closeAndCompact()}, behind the exit window);
 * a clerk who switches the computer off then kills that. Three processes are killed at random moments after
 * they began closing a file left mostly dead: every person enrolled before is still there, the store opens
 * through the check, no file of H2's compaction is left beside it, and no file in the data folder holds a
 * person's name or ID number in clear. Only outcomes are asserted, never where a kill lands.
 */
class KilledCompactTest {

    private static final int PEOPLE = 30;

    @TempDir
    Path dir;

    @Test
    void aKillWhileTheExitCompactsLosesNothingAndLeavesNothingInClear() throws Exception {
        Path data = dir.resolve("data");
        StoreKey key = StoreKey.random();
        try (Database db = Database.open(data, key)) {
            // the store exists before the first child; people come from the children
        }
        Random random = new Random();
        StringBuilder log = new StringBuilder();
        for (int round = 1; round <= 3; round++) {
            Process p = child(data, key, round);
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch compacting = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                        if (line.equals("compacting")) {
                            compacting.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the stream closes when the child is killed
                } finally {
                    compacting.countDown();
                }
            });
            reader.start();
            compacting.await(); // released when the child starts closing, or by its end (asserted below)
            Thread.sleep(random.nextInt(150)); // the moment of the kill varies; nothing asserted depends on it
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            log.append("round ").append(round).append(": ").append(lines).append('\n');
            System.out.println("KilledCompactTest round " + round + ": " + lines);
            assertTrue(lines.contains("compacting"), "the child enrolled its people before the kill:\n" + log + errors());
        }
        try (Database db = new StoreOpening(dir.resolve("backups"), List.of(), Clock.systemDefaultZone()).open(data, key)) {
            assertEquals(Integer.valueOf(3 * PEOPLE), db.<Integer>read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person WHERE name LIKE '"
                        + CompactKillChild.NAME + "%'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }), "every person enrolled before a kill is there\n" + log);
        }
        List<String> files;
        try (Stream<Path> s = Files.walk(data)) {
            files = s.filter(Files::isRegularFile).map(f -> data.relativize(f).toString()).sorted().toList();
        }
        assertFalse(files.stream().anyMatch(f -> f.endsWith(".tempFile") || f.endsWith(".newFile")),
                "no half-made copy of the store is left: " + files + "\n" + log);
        byte[] id = People.id("430524", 1951, 7).getBytes(StandardCharsets.US_ASCII);
        for (String f : files) {
            byte[] bytes = Files.readAllBytes(data.resolve(f));
            assertFalse(org.medaid.Bytes.containsText(bytes, CompactKillChild.NAME), f + " holds a name in clear\n" + log);
            assertFalse(org.medaid.Bytes.contains(bytes, id), f + " holds an ID number in clear\n" + log);
        }
    }

    private Process child(Path data, StoreKey key, int round) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")), "-cp", CrashBenchmark.classPath(),
                CompactKillChild.class.getName(), data.toString(), TestKeys.hex(key), String.valueOf(PEOPLE),
                String.valueOf(round));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("errors.txt").toFile()))
                .start();
    }

    private String errors() throws IOException {
        Path f = dir.resolve("errors.txt");
        return Files.exists(f) ? "\nchild's stderr:\n" + Files.readString(f) : "";
    }
}
