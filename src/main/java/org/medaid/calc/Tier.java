package org.medaid.calc;

/** The payments of one bill, in their fixed order (POLICY-NOTES §1). */
public enum Tier {
    basic,
    criticalIllness,
    assistance,
    reAssistance,
    hospitalReduction,
    fallback
}
