package org.medaid.policy;

import java.math.BigDecimal;

/**
 * One figure of a policy: its value (null where the policy sets none, e.g. "no cap"), the clause it
 * comes from, and whether the document actually gives it ({@code unconfirmed}: a default the county
 * must confirm, POLICY-NOTES §6). {@code name} is the parameter's path in the policy file.
 */
public record Param(String name, BigDecimal value, String source, boolean unconfirmed, String note) {

    public boolean isSet() {
        return value != null;
    }

    /** A figure derived from this one (e.g. a halved deductible) inherits its doubt. */
    public Param derived(String newName, BigDecimal newValue, String newSource) {
        return new Param(newName, newValue, newSource, unconfirmed, note);
    }

    /** The same figure, confirmed by the county with the value it set. */
    public Param confirmed(BigDecimal newValue, String confirmedBy) {
        return new Param(name, newValue, source + "；" + confirmedBy, false, null);
    }
}
