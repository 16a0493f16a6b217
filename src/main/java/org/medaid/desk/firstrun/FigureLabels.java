package org.medaid.desk.firstrun;

import org.medaid.desk.common.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.medaid.backup.PolicyPath;
import org.medaid.calc.Tier;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;

/**
 * Names a policy figure in the clerk's words from its place in the policy file:
 * {@code criticalIllness.tracks[0].groups[1].cap} becomes 大病保险 · 住院、门诊慢特病 · 其他参保人 · 年度封顶线.
 * Tiers, bill kinds, hospital levels, insurance, categories and locations come from the shared labels;
 * the field names from the first-run bundle ({@code figure.field.*}); an unknown field shows as written.
 */
public final class FigureLabels {

    private static final String SEPARATOR = " · ";

    private final Texts texts;

    public FigureLabels(Texts texts) {
        this.texts = texts;
    }

    public String describe(JsonNode policyFile, String parameterName) {
        List<PolicyPath.Step> steps = PolicyPath.parse(parameterName).steps();
        List<String> parts = new ArrayList<>();
        JsonNode at = policyFile;
        String field = null;
        for (PolicyPath.Step s : steps) {
            if (s.isIndex()) {
                at = at.path(s.index());
                parts.add(element(field, at, s.index()));
            } else {
                String parent = field;
                field = s.field();
                at = at.path(field);
                String part = fieldName(parent, field);
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return String.join(SEPARATOR, parts);
    }

    private String fieldName(String parent, String field) {
        if (parent == null) {
            for (Tier t : Tier.values()) {
                if (t.name().equals(field)) {
                    return texts.label(t);
                }
            }
        }
        if (field.matches("\\d{4}")) {
            return texts.format("figure.year", field);
        }
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Location.class, BillKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                if (e.name().equals(field)) {
                    return texts.label(e);
                }
            }
        }
        // Lists (tracks, groups, table, segments) are named by their elements.
        if (List.of("tracks", "groups", "table", "segments").contains(field)) {
            return "";
        }
        String key = "figure.field." + field;
        String text = texts.get(key);
        return text.startsWith("!") ? field : text;
    }

    /** A track by its bill kinds, a group by its categories, a table row by kind, level and insurance, a segment by number. */
    private String element(String list, JsonNode node, int index) {
        if ("segments".equals(list)) {
            return texts.format("figure.segment", index + 1);
        }
        List<String> bits = new ArrayList<>();
        if ("groups".equals(list)) {
            bits.add(names(node.path("categories"), Category.class));
            if (bits.get(0).isEmpty()) {
                bits.set(0, texts.get("figure.group.others"));
            }
            if (node.hasNonNull("insurance")) {
                bits.add(names(node.path("insurance"), Insurance.class));
            }
            return String.join(SEPARATOR, bits);
        }
        bits.add(names(node.path("kinds"), BillKind.class));
        if (node.has("levels")) {
            bits.add(names(node.path("levels"), HospitalLevel.class));
        }
        if (node.hasNonNull("insurance")) {
            bits.add(names(node.path("insurance"), Insurance.class));
        }
        bits.removeIf(String::isEmpty);
        return bits.isEmpty() ? texts.format("figure.row", index + 1) : String.join(SEPARATOR, bits);
    }

    private <E extends Enum<E>> String names(JsonNode codes, Class<E> type) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (codes.isArray()) {
            codes.forEach(items::add);
        } else if (codes.isTextual()) {
            items.add(codes);
        }
        for (JsonNode c : items) {
            try {
                out.add(texts.label(Enum.valueOf(type, c.asText())));
            } catch (IllegalArgumentException e) {
                out.add(c.asText());
            }
        }
        return String.join("、", out);
    }
}
