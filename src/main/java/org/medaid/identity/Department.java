package org.medaid.identity;

/** The department that certifies an identity category. */
public enum Department {
    /** 民政. */
    CIVIL_AFFAIRS,
    /** 乡村振兴. */
    RURAL_REVITALISATION,
    /** 残联. */
    DISABLED_FEDERATION,
    /** 医保. */
    MEDICAL_SECURITY
}
