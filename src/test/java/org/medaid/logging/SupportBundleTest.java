package org.medaid.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportBundleTest {

    @Test
    void bundleHoldsLogsVersionAndSettingsWithoutPersonalData(@TempDir Path dir) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        // a log written before masking existed, or by hand: the bundle masks it again
        Files.writeString(logs.resolve("medaid-desk.log"), "saved 37130219800101123X to 6222999988887777666\n");
        Files.writeString(logs.resolve("medaid-desk.2026-12-01.log"), "older day\n");
        Files.writeString(logs.resolve("notes.txt"), "not a log\n");
        Map<String, String> settings = Map.of("language", "zh", "operator", "王小明", "area", "LINYI",
                "dataFolder", "/home/clerk/.medaid-desk/data");

        Path target = dir.resolve("out/support.zip");
        int files = SupportBundle.write(target, logs, "0.1.0", settings, Instant.parse("2026-12-02T08:00:00Z"));

        assertEquals(2, files);
        Map<String, String> entries = read(target);
        assertEquals(java.util.Set.of("logs/medaid-desk.log", "logs/medaid-desk.2026-12-01.log", "version.txt", "settings.txt"),
                entries.keySet());
        String all = String.join("\n", entries.values());
        assertFalse(all.contains("37130219800101123X") || all.contains("6222999988887777666"), all);
        assertFalse(all.contains("王小明"), "the operator's name is left out: " + all);
        assertTrue(entries.get("logs/medaid-desk.log").contains("371302************"));
        assertTrue(entries.get("version.txt").startsWith("medaid-desk 0.1.0\n"));
        assertTrue(entries.get("settings.txt").contains("area=LINYI\n"));
        assertTrue(entries.get("settings.txt").contains("language=zh\n"));
        try (var left = Files.list(target.getParent())) {
            assertEquals(1, left.count(), "no partial file left beside the bundle");
        }
    }

    @Test
    void noLogFolderStillGivesVersionAndSettings(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("support.zip");
        assertEquals(0, SupportBundle.write(target, dir.resolve("absent"), "0.1.0", Map.of(), Instant.EPOCH));
        assertEquals(java.util.Set.of("version.txt", "settings.txt"), read(target).keySet());
    }

    private static Map<String, String> read(Path zip) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
