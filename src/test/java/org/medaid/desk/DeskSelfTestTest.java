package org.medaid.desk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class DeskSelfTestTest {

    /**
     * Starts JavaFX the way the TestFX tests do, so that whichever test class runs first, every later
     * window test finds the toolkit as it expects (the self-test builds on a running toolkit).
     */
    @BeforeAll
    static void toolkitAsTestFxStartsIt() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSelfTestChecksTheTextsOpensAStoreLoadsTheSampleAndBuildsTheWindowsHeadless() throws Exception {
        // Other GUI tests of this run share the toolkit, which TestFX must be the one to start.
        FxToolkit.registerPrimaryStage();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeskSelfTest.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("screen text: complete in Chinese and English"), out);
        assertTrue(out.contains("store: opened encrypted in a temporary folder, schema at version"), out);
        assertTrue(out.matches("(?s).*sample: 2\\d\\d people and [1-9]\\d\\d bills of the linyi township.*"), out);
        assertTrue(out.contains("backup: written and verified"), out);
        assertTrue(out.contains("desk window: main window and first-run window built off screen"), out);
        assertTrue(out.contains("desk views: main, login, roster and person form built from their FXML in Chinese and English"), out);
    }
}
