package org.medaid.insurance;

/**
 * A protected person's basic-insurance status for one insurance year (参保台账 of
 * 邵医保发〔2021〕32号 三(四), 潮医保〔2021〕48号 二.4). 外地参保 is insured elsewhere: it counts as insured.
 */
public enum InsuranceStatus {
    /** 城乡居民医保. */
    RESIDENT,
    /** 职工医保. */
    EMPLOYEE,
    /** 外地参保 (邵医保发〔2019〕13号 一(一)1 lists it among the cases to be marked). */
    ELSEWHERE,
    /** 未参保: needs a reason from {@link UninsuredReason}. */
    UNINSURED;

    public boolean insured() {
        return this != UNINSURED;
    }
}
