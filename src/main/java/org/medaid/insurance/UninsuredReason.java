package org.medaid.insurance;

/**
 * Why a protected person is not insured: the cases 邵医保发〔2019〕13号 一(一)1 names 「对外地参保、服刑、服役、
 * 死亡、在校大学生、婚嫁婚迁等贫困人口要标明未参保原因」, and 其他 with the clerk's own words.
 */
public enum UninsuredReason {
    IMPRISONED,
    MILITARY_SERVICE,
    DECEASED,
    STUDENT_ELSEWHERE,
    MARRIED_AWAY,
    OTHER
}
