package org.medaid.importer;

/** Why a row of a list is refused; the clerk's text is {@code RejectReason.CODE} in the import bundle. */
public enum RejectReason {
    MISSING_NAME,
    /** Argument: the ID problem's message. */
    BAD_ID,
    UNKNOWN_CATEGORY,
    /** 监测户 and the like: could be any of the three monitored categories. */
    AMBIGUOUS_CATEGORY,
    MISSING_START,
    BAD_DATE,
    END_BEFORE_START,
    /** Argument: the line of the earlier row. */
    DUPLICATE_IN_FILE,
    /** Arguments: the name in the file, the enrolled name. */
    NAME_MISMATCH,
    UNKNOWN_DEPARTMENT,
    /** The category overlaps a span of the same category already enrolled or earlier in the file. */
    OVERLAPS,
    /** Arguments: the field's label, its longest length (ADR 0029). */
    TOO_LONG,
    /** Arguments: the field's label, the date (ADR 0029: 1900-01-01 to 2099-12-31). */
    DATE_OUT_OF_RANGE,
    /** Argument: the text of the 变动类型 column (neither 新增 nor 退出). */
    UNKNOWN_CHANGE_TYPE,
    /** A change list's 退出 row for a category the person does not hold on the desk (arguments: category, date). */
    EXIT_NOT_HELD,
    /** Argument: the text of the 户籍地区划代码 column (no county-level GB/T 2260 code, ADR 0066). */
    BAD_REGION,
    /** A region name held by more than one county (朝阳区): the code, or the name with its city, is needed. */
    AMBIGUOUS_REGION
}
