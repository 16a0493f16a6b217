package org.medaid.chronic;

/** Why an entitlement step was refused; the screen shows {@code chronic/messages} {@code chronic.problem.CODE}. */
public enum ChronicProblem {
    DISEASE_MISSING,
    /** The policy lists its diseases and this is not one of them. */
    DISEASE_NOT_LISTED,
    APPLIED_ON_MISSING,
    CERTIFICATE_MISSING,
    VALID_FROM_MISSING,
    CERTIFIED_BY_MISSING,
    /** The end date is before the start date. */
    DATES_REVERSED,
    /** A date after today. */
    DATE_IN_FUTURE,
    /** The day of the outcome is missing. */
    DATE_MISSING,
    REASON_MISSING,
    TEXT_TOO_LONG,
    /** The step does not fit the entry's state (deciding a certified one, voiding a voided one). */
    WRONG_STATE,
    UNKNOWN
}
