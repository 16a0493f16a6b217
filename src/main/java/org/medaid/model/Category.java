package org.medaid.model;

/**
 * Identity categories a person can hold (POLICY-NOTES §3). The Chinese names live in the
 * resource bundle {@code org.medaid.i18n.messages} under {@code category.CODE}.
 */
public enum Category {
    EXTREME_POOR,
    ORPHAN,
    DE_FACTO_ORPHAN,
    SEVERE_DISABILITY,
    MINIMUM_LIVING,
    LOW_INCOME_ASSISTED,
    MARGINAL,
    MONITORED_UNSTABLE,
    MONITORED_MARGINAL,
    MONITORED_SUDDEN,
    RELAPSED,
    EXPENDITURE_HARDSHIP,
    LIFTED,
    LIFTED_2014_2015,
    REGISTERED_POOR,
    ASSISTANCE_CLASS_ONE
}
