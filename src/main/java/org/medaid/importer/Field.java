package org.medaid.importer;

import java.util.Locale;
import org.medaid.model.Labels;

/** A field of a monthly list that a column can map to. The first four are required. */
public enum Field {
    NAME, ID_NUMBER, CATEGORY, FROM, TO, DEPARTMENT, DOCUMENT_NO, TOWNSHIP, VILLAGE, HEAD_NAME, HEAD_ID_NUMBER,
    RELATION, PHONE, BANK_ACCOUNT,
    /** 变动类型 of a change list: 新增 or 退出 (临医保发〔2022〕13号 六 变化库). */
    CHANGE_TYPE,
    /**
     * 户籍地区划代码: the person's policy region (临医保发〔2022〕13号 四), a 6-digit GB/T 2260 county code. Optional: without
     * it a new person's region is proposed from the ID number's first six digits (ADR 0066).
     */
    REGION;

    public boolean required() {
        return ordinal() <= FROM.ordinal();
    }

    /** The field's name for the column-mapping screen. */
    public String label(Locale locale) {
        return ImportMessages.bundle(locale).getString("Field." + name());
    }

    public String label() {
        return label(Labels.locale());
    }

}
