package org.medaid.policy;

import java.math.BigDecimal;

/**
 * One figure of a policy: its value (null where the policy sets none, e.g. "no cap"), the clause it
 * comes from, and whether the document actually gives it ({@code unconfirmed}: a default the county
 * must confirm, POLICY-NOTES §6). {@code name} is the parameter's path in the policy file; {@code label}
 * is what screens and slips call it (基本医保起付线（县级医院住院·居民）), made from the file's labels.
 */
public record Param(String name, BigDecimal value, String source, boolean unconfirmed, String note, String label) {

    public Param(String name, BigDecimal value, String source, boolean unconfirmed, String note) {
        this(name, value, source, unconfirmed, note, null);
    }

    /** The label, or the path where a figure was made outside a policy file. */
    public String shownName() {
        return label == null ? name : label;
    }

    public boolean isSet() {
        return value != null;
    }

    /** A figure derived from this one (e.g. a halved deductible) inherits its doubt. */
    public Param derived(String newName, BigDecimal newValue, String newSource) {
        return new Param(newName, newValue, newSource, unconfirmed, note, label);
    }

    /** The same figure, confirmed by the county with the value it set. */
    public Param confirmed(BigDecimal newValue, String confirmedBy) {
        return new Param(name, newValue, source + "；" + confirmedBy, false, null, label);
    }
}
