package org.medaid.session;

/**
 * A rule of duties that refused an action (ADR 0034); each has one Chinese sentence in
 * {@code session/messages} ({@code rule.CODE}) that names it.
 */
public enum Rule {
    /** Nobody is logged in, or the session was ended by log-out or switch-user. */
    NO_SESSION,
    /** The user was deactivated since logging in. */
    USER_INACTIVE,
    /** The action needs a role the user does not hold. */
    ROLE,
    /** Entry and 乡镇审核 of one case are done by two different people. */
    ENTRY_NOT_REVIEW,
    /** Entry and 县级审批 of one case are done by two different people. */
    ENTRY_NOT_APPROVAL,
    /** 乡镇审核 and 县级审批 of one case are done by two different people. */
    REVIEW_NOT_APPROVAL,
    /** The payout is made by someone other than the one who entered the case. */
    ENTRY_NOT_PAYOUT,
    /** Nobody reviews or approves a case of a person whose categories or bank account they changed that year. */
    CHANGED_PERSON,
    /** The administrator manages users but cannot take away the last administrator. */
    LAST_ADMINISTRATOR
}
