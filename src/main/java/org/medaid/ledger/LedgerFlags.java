package org.medaid.ledger;

import java.util.Set;

/** Flag codes of the calculator that the ledger and the workflow act on. */
public final class LedgerFlags {

    /** No category the policy names: computed with the ordinary rules (POLICY-NOTES §3). */
    public static final String ORDINARY = "ORDINARY";

    /**
     * Bills with these flags go by application (依申请): Shaoyang 依申请 (APPLICATION_REQUIRED) and 倾斜救助
     * (TILT_REVIEW), Linyi 突发/支出型 (PENDING_RULES), Chaozhou 因病致贫 (FAMILY_INCOME), Guangxi 倾斜救助
     * (TOP_UP_APPLICATION).
     */
    public static final Set<String> BY_APPLICATION = Set.of("APPLICATION_REQUIRED", "PENDING_RULES", "TILT_REVIEW",
            "FAMILY_INCOME", "TOP_UP_APPLICATION");

    private LedgerFlags() {
    }
}
