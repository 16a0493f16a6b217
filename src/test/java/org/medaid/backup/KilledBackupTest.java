package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bench.CrashBenchmark;
import org.medaid.bills.TestDesk;
import org.medaid.model.Category;
import org.medaid.recovery.StoreOpening;
import org.medaid.store.Database;

/**
 * A backup killed at a random moment (a power cut during the exit backup): the live store is untouched and
 * opens through the check, no half-written backup looks like a backup, and the next backup removes what the
 * killed one left in the temporary folder and beside the backups (ADR 0072). Only outcomes are asserted,
 * never where a kill lands.
 */
class KilledBackupTest {

    @TempDir
    Path dir;

    @Test
    void aKilledBackupLeavesTheStoreSoundAndTheNextBackupSweepsItsLeftovers() throws Exception {
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        try (TestDesk desk = new TestDesk(data)) {
            for (int i = 0; i < 150; i++) {
                var p = desk.person("陈" + i, TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
                desk.bills.add(TestDesk.stay(p.id(), LocalDate.of(2024, 11, 20), "30000.00", "2000.00",
                        "15000.00", "0.00"), desk.as("clerk"));
            }
        }
        Random random = new Random();
        StringBuilder log = new StringBuilder();
        for (int kill = 1; kill <= 3; kill++) {
            Process p = child(data, backups, temp, false);
            List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch firstDone = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                        if (line.equals("done 1")) {
                            firstDone.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the stream closes when the child is killed
                } finally {
                    firstDone.countDown();
                }
            });
            reader.start();
            firstDone.await(); // released by the first whole backup, or by the child's end (asserted below)
            Thread.sleep(random.nextInt(1500)); // the moment of the kill varies; nothing asserted depends on it
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            log.append("kill ").append(kill).append(" after: ").append(lines).append('\n');
            assertTrue(lines.contains("done 1"), "the child made a whole backup before it was killed:\n" + log + errors());
        }
        try (Database db = new StoreOpening(backups, List.of(), Clock.systemDefaultZone()).open(data, Database::open)) {
            assertEquals(Integer.valueOf(150), db.<Integer>read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }), log.toString());
        }
        List<String> left = names(temp);
        try (Stream<Path> files = Files.list(backups)) {
            files.filter(f -> f.toString().endsWith(".part")).forEach(f -> left.add(f.getFileName().toString()));
        }
        log.append("left by the killed backups: ").append(left).append('\n');
        Process last = child(data, backups, temp, true);
        String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, last.waitFor(), "the next backup ran: " + out + errors());
        assertEquals(List.of(), names(temp), "the killed backups' work folders are gone\n" + log);
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> all = files.toList();
            assertTrue(all.stream().noneMatch(f -> f.toString().endsWith(".part")), "no partial backup left: " + all);
            BackupService service = new BackupService(Clock.systemDefaultZone(), "test");
            for (Path zip : all) {
                assertTrue(zip.toString().endsWith(".zip"), "only backups in the folder: " + all);
                service.verify(zip, null); // every file that looks like a backup is a whole one
            }
        }
    }

    private Process child(Path data, Path backups, Path temp, boolean once) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-cp", CrashBenchmark.classPath(), BackupKillChild.class.getName(),
                data.toString(), backups.toString()));
        if (once) {
            command.add("once");
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("errors.txt").toFile()))
                .start();
    }

    private String errors() throws IOException {
        Path f = dir.resolve("errors.txt");
        return Files.exists(f) ? "\nchild's stderr:\n" + Files.readString(f) : "";
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("medaid-")).sorted()
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
    }
}
