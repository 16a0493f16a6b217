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
    void theSelfTestBuildsTheViewsOverANewStore() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeskSelfTest.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("screen text complete"), out);
        assertTrue(out.contains("roster answers (0 people)"), out);
        assertTrue(out.contains("built off screen"), out);
    }
}
