package org.medaid.insurance;

/** Why the insurance ledger refused an entry; the screen shows {@code insurance/messages} {@code insurance.problem.CODE}. */
public enum InsuranceProblem {
    PERSON_UNKNOWN,
    YEAR_OUT_OF_RANGE,
    STATUS_MISSING,
    /** An insured status needs the date paid or registered. */
    DATE_MISSING,
    /** The date paid or registered lies after the insurance year, or more than a year before it. */
    DATE_OUT_OF_YEAR,
    DATE_IN_FUTURE,
    /** 未参保 needs a reason (邵医保发〔2019〕13号 一(一)1). */
    REASON_MISSING,
    /** 其他 needs the reason in words. */
    REASON_TEXT_MISSING,
    REASON_TEXT_TOO_LONG,
    /** An insured status carries no reason for not being insured. */
    REASON_NOT_APPLICABLE,
    /** A correction needs a reason (records are corrected, never deleted). */
    CORRECTION_REASON_MISSING,
    /** A premium-subsidy step needs its date. */
    SUBSIDY_DATE_MISSING,
    /** A step dated before the step it follows (sent before listed, refunded before paid). */
    SUBSIDY_DATE_BEFORE,
    SUBSIDY_NOTHING_TO_SEND,
    SUBSIDY_NOT_PENDING,
    SUBSIDY_NOT_PAID,
    SUBSIDY_NOT_REFUNDED,
    /** 退费 needs its reason (广西通知 二(三)). */
    SUBSIDY_REFUND_REASON_MISSING,
    /** The return file has no 身份证号 or no 缴费日期 column. */
    SUBSIDY_RETURN_COLUMNS,
    SUBSIDY_RETURN_EMPTY,
    /** The county's decision on insurance as a condition (ADR 0098) names a policy the desk does not have. */
    CONDITION_POLICY_UNKNOWN,
    /** The policy's own document states the condition (Linyi): a county's decision cannot override it. */
    CONDITION_IN_DOCUMENT,
    /** The decision needs the county's document number. */
    CONDITION_DOCUMENT_MISSING,
    /** The decision needs the clause of that document. */
    CONDITION_CLAUSE_MISSING,
    /** The decision needs the words of that clause, quoted. */
    CONDITION_QUOTE_MISSING,
    CONDITION_TEXT_TOO_LONG,
    /** Another decision was recorded for the policy after the one the administrator saw. */
    CONDITION_CHANGED
}
