package org.medaid.model;

/** What kind of settlement a bill is: a hospital stay or one of the outpatient kinds. */
public enum BillKind {
    INPATIENT,
    /** 门诊慢特病 / 特殊病种门诊. */
    OUTPATIENT_SPECIAL,
    OUTPATIENT_GENERAL,
    /** 特殊疗效药品 / 特药. */
    SPECIAL_DRUG
}
