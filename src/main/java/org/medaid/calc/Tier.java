package org.medaid.calc;

/** The payments of one bill, in their fixed order (POLICY-NOTES §1). */
public enum Tier {
    basic,
    criticalIllness,
    /** 特惠保 / 其他补充医疗保险, as settled, before assistance (POLICY-NOTES §7.4). */
    supplementaryInsurance,
    assistance,
    reAssistance,
    hospitalReduction,
    fallback;

    /** {@link #values()} once (values() copies its array at every call). */
    static final Tier[] ALL = values();
}
