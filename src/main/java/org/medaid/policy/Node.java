package org.medaid.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A position in a policy file while it is read: the YAML node, its path for messages, and the
 * source / unconfirmed / note that nested figures inherit. Every reader method names the field it
 * failed on, so a county administrator can find the mistake.
 */
final class Node {

    final String file;
    final String path;
    final JsonNode json;
    final String source;
    final boolean unconfirmed;
    final String note;
    final List<Param> collected;
    /** The labels above this node: the first names the area (大病保险), the rest say for whom. */
    final ParamLabels.Context labels;

    Node(String file, String path, JsonNode json, String source, boolean unconfirmed, String note, List<Param> collected) {
        this(file, path, json, source, unconfirmed, note, collected, ParamLabels.Context.NONE);
    }

    private Node(String file, String path, JsonNode json, String source, boolean unconfirmed, String note,
            List<Param> collected, ParamLabels.Context labels) {
        this.labels = labels;
        this.file = file;
        this.path = path;
        this.json = json;
        this.source = source;
        this.unconfirmed = unconfirmed;
        this.note = note;
        this.collected = collected;
    }

    static Node root(String file, JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new PolicyException(file, "", "the file is not a YAML mapping");
        }
        // The top-level source dates the policy; it is not a clause, so figures do not inherit it.
        return new Node(file, "", json, null, false, null, new ArrayList<>());
    }

    PolicyException fail(String field, String reason) {
        return new PolicyException(file, join(field), reason);
    }

    String join(String field) {
        return path.isEmpty() ? field : field.startsWith("[") ? path + field : path + "." + field;
    }

    boolean has(String field) {
        return json.has(field);
    }

    boolean isNull(String field) {
        return json.has(field) && json.get(field).isNull();
    }

    /** Only the listed fields (and {@code label}) may appear: a typo must not silently drop a rule. */
    void allow(String... fields) {
        Set<String> allowed = new java.util.HashSet<>(Set.of(fields));
        allowed.add("label");
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(name, "unknown field (allowed: " + String.join(", ", fields) + ")");
            }
        }
    }

    /** A child object; it inherits source, unconfirmed and note unless it sets its own. */
    Node child(String field) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull()) {
            throw fail(field, "is missing");
        }
        if (!c.isObject()) {
            throw fail(field, "must be a mapping");
        }
        return new Node(file, join(field), c, source, unconfirmed, note, collected, labels).inherit();
    }

    List<Node> list(String field) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull()) {
            return List.of();
        }
        if (!c.isArray()) {
            throw fail(field, "must be a list");
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            JsonNode item = c.get(i);
            String p = join(field) + "[" + i + "]";
            if (!item.isObject()) {
                throw new PolicyException(file, p, "must be a mapping");
            }
            ParamLabels.Context ctx = field.equals("segments") && c.size() > 1 ? labels.segment(i) : labels;
            out.add(new Node(file, p, item, source, unconfirmed, note, collected, ctx).inherit());
        }
        return out;
    }

    private Node inherit() {
        String s = json.hasNonNull("source") ? json.get("source").asText() : source;
        boolean u = json.has("unconfirmed") ? json.get("unconfirmed").asBoolean() : unconfirmed;
        String n = json.hasNonNull("note") ? json.get("note").asText() : note;
        ParamLabels.Context l = json.hasNonNull("label") ? labels.with(json.get("label").asText()) : labels;
        return new Node(file, path, json, s, u, n, collected, l);
    }

    String text(String field) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull() || c.asText().isBlank()) {
            throw fail(field, "is missing");
        }
        return c.asText();
    }

    String textOr(String field, String fallback) {
        JsonNode c = json.get(field);
        return c == null || c.isNull() ? fallback : c.asText();
    }

    boolean bool(String field) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull()) {
            return false;
        }
        if (!c.isBoolean()) {
            throw fail(field, "must be true or false");
        }
        return c.asBoolean();
    }

    LocalDate date(String field) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(c.asText());
        } catch (DateTimeParseException e) {
            throw fail(field, "'" + c.asText() + "' is not a date (yyyy-mm-dd)");
        }
    }

    List<String> texts(String field) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull()) {
            return List.of();
        }
        if (!c.isArray()) {
            throw fail(field, "must be a list");
        }
        List<String> out = new ArrayList<>();
        c.forEach(x -> out.add(x.asText()));
        return out;
    }

    <E extends Enum<E>> Set<E> enums(String field, Class<E> type, String what) {
        Set<E> out = new LinkedHashSet<>();
        for (String s : texts(field)) {
            out.add(parseEnum(field, s, type, what));
        }
        return out;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, String what) {
        JsonNode c = json.get(field);
        if (c == null || c.isNull()) {
            return null;
        }
        return parseEnum(field, c.asText(), type, what);
    }

    <E extends Enum<E>> E parseEnum(String field, String s, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw fail(field, "unknown " + what + " '" + s + "'");
        }
    }

    /** A figure: a number (inheriting source and doubt), null (none), or {value, source, unconfirmed, note}. */
    Param param(String field, boolean required) {
        if (!json.has(field)) {
            if (required) {
                throw fail(field, "is missing (write null where the policy sets none)");
            }
            return null;
        }
        JsonNode c = json.get(field);
        String name = join(field);
        Param p;
        if (c.isObject()) {
            String own = c.hasNonNull("label") ? c.get("label").asText() : null;
            Node n = new Node(file, name, c, c.hasNonNull("source") ? c.get("source").asText() : source,
                    c.has("unconfirmed") ? c.get("unconfirmed").asBoolean() : unconfirmed,
                    c.hasNonNull("note") ? c.get("note").asText() : note, collected, labels);
            n.allow("value", "source", "unconfirmed", "note");
            p = new Param(name, n.number("value", c.get("value")), n.source, n.unconfirmed, n.note,
                    own != null ? own : labelFor(field));
        } else {
            p = new Param(name, number(field, c), source, unconfirmed, note, labelFor(field));
        }
        ParamLabels.check(this, field, p);
        if (p.source() == null || p.source().isBlank()) {
            throw fail(field, "has no source clause");
        }
        if (p.unconfirmed() && p.isSet() && (p.note() == null || p.note().isBlank())) {
            throw fail(field, "is unconfirmed but carries no note saying why");
        }
        collected.add(p);
        return p;
    }

    Param rate(String field, boolean required) {
        Param p = param(field, required);
        if (p != null && p.isSet() && (p.value().signum() < 0 || p.value().compareTo(BigDecimal.ONE) > 0)) {
            throw fail(field, p.value().toPlainString() + " is not a rate between 0 and 100% (write 0.65 for 65%)");
        }
        return p;
    }

    Param amount(String field, boolean required) {
        Param p = param(field, required);
        if (p != null && p.isSet() && p.value().signum() < 0) {
            throw fail(field, "is below zero");
        }
        return p;
    }

    private BigDecimal number(String field, JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        if (c.isNumber()) {
            return c.decimalValue();
        }
        try {
            return new BigDecimal(c.asText().trim());
        } catch (NumberFormatException e) {
            throw fail(field, "'" + c.asText() + "' is not a number");
        }
    }

    /** The Chinese label of the figure {@code field} of this node, from the labels above it (ADR 0005, labels). */
    String labelFor(String field) {
        return labels.labelFor(field);
    }

    <T> List<T> map(String field, Function<Node, T> reader) {
        return list(field).stream().map(reader).toList();
    }
}
