package org.medaid.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * A JSON text read into Jackson's tree ({@link JsonNode}) by jackson-core's streaming parser, without an
 * {@code ObjectMapper} (ADR 0100): the tree {@code ObjectMapper.readTree} gives, node for node, for the two ways the
 * program reads JSON trees — the bundled policies' compact form ({@link BundledPolicies}, as {@code new ObjectMapper()}
 * reads it: fractions as doubles, a repeated key's last value) and a case file (the command line's reader, as a mapper
 * with {@code USE_BIG_DECIMAL_FOR_FLOATS} and {@code STRICT_DUPLICATE_DETECTION} reads it: fractions as
 * {@link BigDecimal} without trailing zeros, a repeated key refused by the parser). A mapper's first construction
 * loads and initialises ~700 classes (25-28 ms of a command-line verb that lives 0.1 s); the parser needs ~100.
 * Empty input gives {@link MissingNode}, text after the first value is not read, as {@code readTree} does.
 */
public final class JsonTree {

    private static final JsonFactory PLAIN = new JsonFactory();
    private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /** As {@code new ObjectMapper().readTree(in)}. */
    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = PLAIN.createParser(in)) {
            return root(p, false);
        }
    }

    /** As {@code new ObjectMapper().readTree(text)}. */
    public static JsonNode read(String text) throws JsonProcessingException {
        try (JsonParser p = PLAIN.createParser(text)) {
            return root(p, false);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is not read from a device
        }
    }

    /** As {@code readTree(text)} of a mapper with {@code USE_BIG_DECIMAL_FOR_FLOATS} and {@code STRICT_DUPLICATE_DETECTION}. */
    public static JsonNode readExact(String text) throws JsonProcessingException {
        try (JsonParser p = STRICT.createParser(text)) {
            return root(p, true);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at the parser's current token {@code t}, read as {@link #read(InputStream)} reads a whole text. */
    static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        return value(p, t, false);
    }

    /** A parser over {@code in} as {@link #read(InputStream)} reads it, for a caller that reads part of a text. */
    static JsonParser parser(InputStream in) throws IOException {
        return PLAIN.createParser(in);
    }

    private static JsonNode root(JsonParser p, boolean decimals) throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? MissingNode.getInstance() : value(p, t, decimals);
    }

    private static JsonNode value(JsonParser p, JsonToken t, boolean decimals) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    o.set(key, value(p, p.nextToken(), decimals));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    a.add(value(p, e, decimals));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return decimals ? NODES.numberNode(stripped(p.getDecimalValue())) : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // END_OBJECT, END_ARRAY or a field name where a value must be: the parser refuses such text first
                throw new IllegalStateException("unexpected token " + t + " at " + p.currentLocation());
        }
    }

    /** As the mapper's tree keeps a fraction: its trailing zeros stripped (1.50 → 1.5, 0.00 → 0). */
    private static BigDecimal stripped(BigDecimal v) {
        try {
            return v.stripTrailingZeros();
        } catch (ArithmeticException e) {
            return v; // an exponent out of range: kept as written
        }
    }
}
