package org.medaid.printlog;

import java.time.LocalDate;

/**
 * What was printed, and what its record id means: a bill's id for a slip, an application's id for a
 * form, {@link #quarterKey} for a quarter's notice list, {@link #dateKey} for a payout list or the
 * waiting list of a day.
 */
public enum PrintKind {
    /** 结算单 of one bill. */
    SLIP,
    /** 医疗救助申请审批表 of one application. */
    APPLICATION_FORM,
    /** 公示名单 of a quarter. */
    NOTICE_LIST,
    /** 拨付名单 for the bank. */
    PAYOUT_LIST,
    /** Cases waiting at each stage. */
    WAITING_LIST,
    /** 结算调整单 of one confirmed adjustment (ADR 0031); the record id is the adjustment's. */
    ADJUSTMENT_SLIP,
    /** 受理回执 of one application; the record version is the intake's (0 before any intake). */
    INTAKE_RECEIPT,
    /** 不予医疗救助告知书 of one refused application; the record version is the intake's. */
    REFUSAL_NOTICE;

    /** 2024 Q3 → 20243. */
    public static long quarterKey(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return year * 10L + quarter;
    }

    /** 2024-12-20 → 20241220. */
    public static long dateKey(LocalDate date) {
        return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
    }
}
