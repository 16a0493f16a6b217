package org.medaid.intake;

/** Why an intake step was refused; the screen shows {@code intake/messages} {@code intake.problem.CODE}. */
public enum IntakeProblem {
    APPLICATION_UNKNOWN,
    /** A document that is not on the policy's list for the type. */
    UNKNOWN_DOCUMENT,
    UNKNOWN_TYPE,
    /** The urgent mark needs the reason (the illness, 特事特办). */
    URGENT_REASON_MISSING,
    TEXT_TOO_LONG,
    /** The refusal notice is for refused applications only. */
    NOT_REFUSED,
    TOLD_DATE_MISSING,
    /** The applicant is told on or after the day of the refusal, and not after today. */
    TOLD_DATE_OUT_OF_RANGE,
    TOLD_HOW_MISSING
}
