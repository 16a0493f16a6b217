package org.medaid.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void aFailingDeskCheckPrintsItsCauseAndStackTraceNotTheReflectionWrapper() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SelfTest.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                o -> {
                    throw new InvocationTargetException(new IllegalStateException("sample load failed",
                            new java.sql.SQLException("Timeout trying to lock table")));
                });
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(text.startsWith("self-test failed: java.lang.IllegalStateException: sample load failed"), text);
        assertTrue(text.contains("\tat org.medaid.app.SelfTestTest"), "stack trace printed: " + text);
        assertTrue(text.contains("Caused by: java.sql.SQLException: Timeout trying to lock table"), text);
        assertFalse(text.contains("InvocationTargetException"), text);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("self-test ok"));
    }

    @Test
    void passingChecksSayOk() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SelfTest.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, o -> o.println("desk: fine"));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("desk: fine\nself-test ok"));
    }
}
