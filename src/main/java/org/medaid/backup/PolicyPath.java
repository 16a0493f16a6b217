package org.medaid.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter's name as {@code org.medaid.policy.Param} gives it ({@code criticalIllness.tracks[0].groups[1].cap}),
 * split into steps that find the figure in the policy file's YAML tree.
 */
public record PolicyPath(List<Step> steps) {

    /** A field of a mapping, or an element of a list. */
    public record Step(String field, int index) {
        public boolean isIndex() {
            return field == null;
        }
    }

    private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    public static PolicyPath parse(String name) {
        List<Step> steps = new ArrayList<>();
        Matcher m = PART.matcher(name);
        int at = 0;
        while (at < name.length()) {
            if (name.charAt(at) == '.') {
                at++;
                continue;
            }
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("not a parameter name: " + name);
            }
            steps.add(m.group(1) != null ? new Step(m.group(1), -1) : new Step(null, Integer.parseInt(m.group(2))));
            at = m.end();
        }
        if (steps.isEmpty() || steps.get(steps.size() - 1).isIndex()) {
            throw new IllegalArgumentException("not a parameter name: " + name);
        }
        return new PolicyPath(List.copyOf(steps));
    }

    /** The nodes from the root down to the figure's parent (the mapping holding it), root first. */
    public List<JsonNode> parents(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode at = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            out.add(at);
            Step s = steps.get(i);
            at = s.isIndex() ? at.path(s.index()) : at.path(s.field());
            if (at.isMissingNode()) {
                throw new IllegalArgumentException("no " + this + " in the policy file");
            }
        }
        out.add(at);
        return out;
    }

    public String leaf() {
        return steps.get(steps.size() - 1).field();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (s.isIndex()) {
                b.append('[').append(s.index()).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(s.field());
            }
        }
        return b.toString();
    }
}
