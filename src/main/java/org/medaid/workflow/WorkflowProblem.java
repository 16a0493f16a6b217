package org.medaid.workflow;

/** Why a step of an application was refused; the screen shows {@code workflow/messages} {@code workflow.problem.CODE}. */
public enum WorkflowProblem {
    APPLICATION_UNKNOWN,
    PERSON_UNKNOWN,
    /** 审核 and 审批 (and 不予救助) are for reviewers and administrators. */
    ROLE_NOT_ALLOWED,
    /** Nobody reviews or approves a case they entered, or whose bills they entered or corrected. */
    OWN_CASE,
    /** Stages go only in their order. */
    WRONG_STAGE,
    /** The county posts no notice before approval (procedure.preApprovalNotice is 0, the default). */
    NO_PRE_APPROVAL_NOTICE,
    /** Approval comes after the last day of the public notice. */
    PUBLICITY_NOT_OVER,
    DATE_MISSING,
    DATE_IN_FUTURE,
    /** A stage's date is before the date of the stage before it. */
    DATE_BEFORE_PREVIOUS_STAGE,
    /** An application is made after the bills it is for were settled. */
    DATE_BEFORE_BILL,
    REASON_REQUIRED,
    TEXT_TOO_LONG,
    AMOUNT_MISSING,
    /** Amounts are above zero with at most two decimals. */
    AMOUNT_INVALID,
    /** Nobody is granted more than what they still bear on the bills of the application. */
    AMOUNT_EXCEEDS_SELF_PAY,
    /** The granted amount is the calculator's figure; another amount needs the approver's reason (ADR 0056). */
    GRANT_DIFFERS,
    BANK_ACCOUNT_MISSING,
    /** A payee account is 16 to 19 digits (ADR 0034). */
    BANK_ACCOUNT_INVALID,
    /** A bank-card number (starting with 6) fails its Luhn check digit. */
    BANK_ACCOUNT_CHECK_DIGIT,
    /** A payout goes only to the account recorded on the person when the case was approved. */
    PAYEE_NOT_APPROVED,
    NO_BILLS,
    BILL_NOT_OF_PERSON,
    /** A voided bill, or one that cannot be computed, cannot be part of an application. */
    BILL_NOT_COMPUTED,
    /** A bill can be in one open (or approved, or paid) application only: never paid twice. */
    BILL_IN_OTHER_APPLICATION,
    /** A bill's date on which the 参保台账 records the person not insured (ADR 0050). */
    NOT_INSURED,
    /** The bills' figures changed after the amounts on record were reviewed (ADR 0031): review them again first. */
    FIGURES_NOT_REVIEWED,
    /** An objection raised during the notice before approval is open: the case is held until the county decides it. */
    OBJECTION_OPEN,
    OBJECTION_UNKNOWN,
    /** An objection is decided once. */
    OBJECTION_RESOLVED,
    OBJECTION_OUTCOME_MISSING,
    /** Who raised an objection, what it says, and the check made are all required. */
    OBJECTION_DETAILS_MISSING,
    /** The amount to recover after an upheld objection to a paid case is above zero and at most the amount paid. */
    RECOVERY_OVER_PAID,
    /** An amount to recover other than the amount paid needs the reviewer's reason. */
    RECOVERY_REASON_MISSING,
    /** With recoveries already recorded on the case ({1}), the new amount is above zero and at most what is left ({0}). */
    RECOVERY_OVER_LEFT,
    /**
     * With recoveries already recorded on the case ({0} asked back already), the amount to recover now ({1}, by default
     * what is left) differs from the amount paid ({2}), so it needs the county's reason (V80, ADR 0077 amendment).
     */
    RECOVERY_LEFT_REASON_MISSING,
    /** Payment of an approved case waits while an objection to it is open (ADR 0077). */
    PAYOUT_HELD,
    RECOVERY_UNKNOWN,
    /** A recovery review closed (whole amount returned, or closed with a reason) takes no more returns or voids. */
    RECOVERY_CLOSED,
    /** The returns not voided may not exceed the amount due: {0} the return, {1} what is still owed. */
    RETURN_OVER_DUE,
    /** A return needs its receipt or voucher number. */
    RETURN_VOUCHER_MISSING,
    RETURN_UNKNOWN,
    /** A return is voided once. */
    RETURN_VOIDED,
    /** Voiding a return, or closing a review before the whole amount is back, needs the reason. */
    RECOVERY_NOTE_MISSING
}
