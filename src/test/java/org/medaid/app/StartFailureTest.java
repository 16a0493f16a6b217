package org.medaid.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartFailureTest {

    @Test
    void onlyAWindowsDeskWithoutAConsoleAndWithADisplayGetsTheDialog() {
        assertTrue(StartFailure.needsDialog("Windows 10", false, false));
        assertTrue(StartFailure.needsDialog("Windows 11", false, false));
        assertFalse(StartFailure.needsDialog("Windows 10", true, false), "a console shows the stderr line");
        assertFalse(StartFailure.needsDialog("Windows 10", false, true), "headless: no dialog can be shown");
        assertFalse(StartFailure.needsDialog("Linux", false, false), "Linux: the log and the terminal");
        assertFalse(StartFailure.needsDialog(null, false, false));
    }

    @Test
    void theMessageSaysItInChineseThenEnglishWithTheLogsLocation() {
        Path log = Path.of("C:/Users/clerk/AppData/Roaming/medaid-desk/logs/medaid-desk.log");
        String text = StartFailure.message("java.lang.IllegalStateException: no store", Optional.of(log));
        int zh = text.indexOf("医疗救助结算台未能启动：java.lang.IllegalStateException: no store");
        int en = text.indexOf("The desk could not start: java.lang.IllegalStateException: no store");
        assertTrue(zh == 0, text);
        assertTrue(en > zh, "English after Chinese: " + text);
        assertTrue(text.indexOf("日志文件：" + log) > zh && text.indexOf("日志文件：" + log) < en, text);
        assertTrue(text.indexOf("in the log file: " + log) > en, text);
        assertFalse(text.contains("{0}"), text);
    }

    @Test
    void withoutALogFileTheMessageSaysSoInBothLanguages() {
        String text = StartFailure.message("boom", Optional.empty());
        assertTrue(text.contains("未能写日志文件。"), text);
        assertTrue(text.contains("No log file could be written."), text);
        assertEquals("医疗救助结算台 / Medical assistance desk", StartFailure.title());
    }
}
