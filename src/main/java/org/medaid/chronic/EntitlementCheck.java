package org.medaid.chronic;

import java.time.LocalDate;

/**
 * What the entitlements say of one special-outpatient bill (ADR 0068): {@code NOT_NEEDED} for another kind of bill
 * or a policy without the rule; {@code COVERED} by a certified entitlement on its date; {@code NONE} no certified
 * entitlement on that date; {@code OTHER_DISEASE} certified, but for another disease than the bill's. {@code source}
 * is the policy's clause.
 */
public record EntitlementCheck(State state, LocalDate date, String disease, String source) {

    public enum State {
        NOT_NEEDED,
        COVERED,
        NONE,
        OTHER_DISEASE
    }

    public boolean flagged() {
        return state == State.NONE || state == State.OTHER_DISEASE;
    }
}
