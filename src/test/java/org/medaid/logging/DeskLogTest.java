package org.medaid.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DeskLogTest {

    private static final String ID = "37130219800101123X";
    private static final String ACCOUNT = "6222999988887777666";

    @AfterEach
    void stop() {
        DeskLog.stop();
    }

    @Test
    void logFileHoldsStartLinesAndStackTracesWithNumbersMasked(@TempDir Path data) throws Exception {
        Path logs = data.resolve("logs");
        assertEquals(Optional.of(logs), DeskLog.start(logs, "9.9.9", "test"));
        Logger log = LoggerFactory.getLogger("org.medaid.test");
        log.info("saved person {} with account {}", ID, ACCOUNT);
        log.error("unexpected", new IllegalStateException("duplicate " + ID, new RuntimeException("account " + ACCOUNT)));
        DeskLog.stop();

        String text = Files.readString(logs.resolve(DeskLog.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(text.contains("medaid-desk 9.9.9 starting (test)"), text);
        assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
        assertTrue(text.contains("java.lang.IllegalStateException: duplicate 371302************"), text);
        assertTrue(text.contains("at org.medaid.logging.DeskLogTest"), "stack trace written: " + text);
        assertTrue(text.contains("Caused by: java.lang.RuntimeException: account ***************7666"), text);
        assertFalse(text.contains(ID) || text.contains("19800101"), "no ID number in clear: " + text);
        assertFalse(text.contains(ACCOUNT) || text.contains("99998888"), "no account in clear: " + text);
    }

    @Test
    void uncaughtExceptionsGoToTheLogWithTheirStack(@TempDir Path data) throws Exception {
        Path logs = data.resolve("logs");
        DeskLog.start(logs, "9.9.9", "test");
        Thread t = new Thread(() -> {
            throw new IllegalArgumentException("broken bill");
        }, "worker-under-test");
        t.start();
        t.join();
        DeskLog.stop();
        String text = Files.readString(logs.resolve(DeskLog.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(text.contains("unexpected failure in thread worker-under-test"), text);
        assertTrue(text.contains("java.lang.IllegalArgumentException: broken bill"), text);
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheDeskWithoutALog(@TempDir Path data) throws Exception {
        Path file = Files.writeString(data.resolve("not-a-folder"), "x");
        assertEquals(Optional.empty(), DeskLog.start(file.resolve("logs"), "9.9.9", "test"));
        assertEquals(Optional.empty(), DeskLog.folder());
    }
}
