package org.medaid.desk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeskSelfTestTest {

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
