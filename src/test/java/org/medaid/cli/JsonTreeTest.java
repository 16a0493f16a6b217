package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medaid.policy.JsonTree;

/**
 * ADR 0100: {@link JsonTree} gives the tree an {@code ObjectMapper} gives, node class for node class and number for
 * number (a fraction's scale shows in the tree's text), and the same parser error, for the case files (the command
 * line's strict mapper) and the bundled policies' compact form (a plain mapper).
 */
class JsonTreeTest {

    /** The mapper {@link CaseReader} used before ADR 0100. */
    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** The mapper the bundled policies and the slip's raw fields were read with before. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static final List<String> TEXTS = List.of("", "   \n", "{}", "[]", "42", "\"text\"", "null",
            "{\"a\":1.50,\"b\":100.00,\"c\":1e2,\"d\":0.0,\"e\":12345678901,\"f\":123456789012345678901234,\"g\":-0.0,"
                    + "\"h\":1e400,\"i\":null,\"j\":true,\"k\":[false,\"x\",{},[]],\"l\":-7,\"m\":2.5E-3,\"n\":\"\"}",
            "{\"a\": {\"b\": [1, 2.0, {\"c\": \"甲\"}]}} trailing", "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":{\"a\":3,\"a\":4}}",
            "{", "{\"a\":}", "[1,]", "nul", "{\"a\" 1}", "{'a':1}", "[1 2]", "{\"a\":1}}", "\"unclosed", "01", "1.", "-", "{\"a\":NaN}",
            "\n\n  {\"person\": {\"region\": \"371302\"},\n  \"bills\": [");

    @Test
    void everyTextGivesTheMappersTreeOrItsError() throws Exception {
        for (String text : TEXTS) {
            assertSame(text, () -> EXACT.readTree(text), () -> JsonTree.readExact(text));
            assertSame(text, () -> PLAIN.readTree(text), () -> JsonTree.read(text));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertSame(text, () -> PLAIN.readTree(new ByteArrayInputStream(bytes)), () -> JsonTree.read(new ByteArrayInputStream(bytes)));
        }
    }

    @Test
    void theSampleCasesGiveTheMappersTrees() throws Exception {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> list = Files.list(Path.of("samples/cases"))) {
            list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(cases::add);
        }
        assertTrue(cases.size() >= 3, cases.toString());
        for (Path c : cases) {
            String text = Files.readString(c, StandardCharsets.UTF_8);
            assertSame(c.toString(), () -> EXACT.readTree(text), () -> JsonTree.readExact(text));
            assertSame(c.toString(), () -> PLAIN.readTree(text), () -> JsonTree.read(text));
        }
    }

    @Test
    void theBundledPoliciesCompactFormGivesTheMappersTree() throws Exception {
        byte[] bytes;
        try (InputStream in = JsonTree.class.getResourceAsStream("/org/medaid/policies/bundled.json")) {
            bytes = in.readAllBytes();
        }
        assertTrue(bytes.length > 1000);
        assertSame("bundled.json", () -> PLAIN.readTree(new ByteArrayInputStream(bytes)), () -> JsonTree.read(new ByteArrayInputStream(bytes)));
    }

    interface Read {
        JsonNode read() throws Exception;
    }

    private static void assertSame(String what, Read mapper, Read tree) {
        JsonNode expected = null;
        JsonNode actual = null;
        Exception expectedError = null;
        Exception actualError = null;
        try {
            expected = mapper.read();
        } catch (Exception e) {
            expectedError = e;
        }
        try {
            actual = tree.read();
        } catch (Exception e) {
            actualError = e;
        }
        if (expectedError != null) {
            assertTrue(actualError instanceof JsonProcessingException, what + ": the mapper refused it (" + expectedError + "), the tree gave "
                    + actual + " / " + actualError);
            JsonProcessingException e = (JsonProcessingException) expectedError;
            JsonProcessingException a = (JsonProcessingException) actualError;
            assertEquals(e.getClass(), a.getClass(), what);
            assertEquals(e.getOriginalMessage(), a.getOriginalMessage(), what);
            assertEquals(e.getLocation() == null ? null : e.getLocation().getLineNr(), a.getLocation() == null ? null : a.getLocation().getLineNr(), what);
            return;
        }
        assertEquals(null, actualError, what);
        assertEquals(expected, actual, what);
        assertEquals(describe(expected), describe(actual), what);
    }

    /** Each node's class and text, depth first: a fraction's scale and an int against a long show here. */
    private static String describe(JsonNode n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName()).append(':');
        if (n.isContainerNode()) {
            b.append('[');
            n.fields().forEachRemaining(e -> b.append(e.getKey()).append('=').append(describe(e.getValue())).append(','));
            if (n.isArray()) {
                n.elements().forEachRemaining(e -> b.append(describe(e)).append(','));
            }
            b.append(']');
        } else {
            b.append(n.isNumber() ? n.numberValue().toString() : n.asText());
        }
        return b.toString();
    }
}
