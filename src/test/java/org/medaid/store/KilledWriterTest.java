package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bench.CrashBenchmark;

/**
 * The suite's run of the kill benchmark (ADR 0028): ten writers killed with SIGKILL at random moments; no
 * record whose save returned is lost, the store always opens, and no writer failed: each writer saves again after
 * the kill before it (identity values reserved ahead of the kill are not handed out twice, V88, ADR 0104). Only the
 * outcome is asserted, never when the kills land.
 */
class KilledWriterTest {

    @TempDir
    Path dir;

    @Test
    void everySaveThatReturnedSurvivesTenKills() throws java.io.IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashBenchmark.Outcome o = CrashBenchmark.run(dir.resolve("store"), 10, new Random(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String details = o.line() + "\n" + log.toString(StandardCharsets.UTF_8);
        assertEquals(10, o.kills(), details);
        assertEquals(0, o.lost(), details);
        assertEquals(0, o.failedOpens(), details);
        assertTrue(o.line().matches("kills: 10, committed: \\d+, lost: 0, failed opens: 0"), details);
        String writerErrors = Files.readString(dir.resolve("store").resolve("writer-errors.log"), StandardCharsets.UTF_8);
        assertFalse(writerErrors.contains("Exception"), "a writer failed:\n" + writerErrors);
    }
}
