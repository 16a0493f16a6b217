package org.medaid.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a YAML tree against docs/policy-file.schema.json with the part of JSON Schema 2020-12 the schema
 * uses: type, enum, const, pattern, minimum, minItems, required, properties, patternProperties,
 * additionalProperties (false), items, anyOf and local $ref. Returns the problems, each with its path.
 */
final class SchemaCheck {

    private final JsonNode root;

    SchemaCheck(JsonNode schema) {
        this.root = schema;
    }

    List<String> check(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(root, value, "", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode v, String at, List<String> out) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), v, at, out);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode alt : schema.get("anyOf")) {
                List<String> tried = new ArrayList<>();
                check(alt, v, at, tried);
                if (tried.isEmpty()) {
                    return;
                }
            }
            out.add(at + ": matches none of the allowed shapes");
            return;
        }
        if (schema.has("type") && !typeOk(schema.get("type"), v)) {
            out.add(at + ": must be " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(v)) {
            out.add(at + ": must be " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.asText().equals(v.asText());
            }
            if (!found) {
                out.add(at + ": '" + v.asText() + "' is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && v.isValueNode() && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
            out.add(at + ": '" + v.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && v.isNumber() && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            out.add(at + ": below " + schema.get("minimum"));
        }
        if (v.isArray()) {
            if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) {
                out.add(at + ": needs at least " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(schema.get("items"), v.get(i), at + "[" + i + "]", out);
                }
            }
        }
        if (v.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!v.has(r.asText())) {
                    out.add(at + ": " + r.asText() + " is missing");
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String p = at.isEmpty() ? f.getKey() : at + "." + f.getKey();
                JsonNode sub = schema.path("properties").get(f.getKey());
                if (sub == null) {
                    Iterator<Map.Entry<String, JsonNode>> pats = schema.path("patternProperties").fields();
                    while (sub == null && pats.hasNext()) {
                        Map.Entry<String, JsonNode> pp = pats.next();
                        if (Pattern.compile(pp.getKey()).matcher(f.getKey()).find()) {
                            sub = pp.getValue();
                        }
                    }
                }
                if (sub != null) {
                    check(sub, f.getValue(), p, out);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    out.add(p + ": unknown field");
                }
            }
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeOk(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
