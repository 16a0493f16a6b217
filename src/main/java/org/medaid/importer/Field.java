package org.medaid.importer;

import java.util.Locale;
import org.medaid.model.Labels;

/** A field of a monthly list that a column can map to. The first four are required. */
public enum Field {
    NAME, ID_NUMBER, CATEGORY, FROM, TO, DEPARTMENT, DOCUMENT_NO, TOWNSHIP, VILLAGE, HEAD_NAME, HEAD_ID_NUMBER,
    RELATION, PHONE, BANK_ACCOUNT,
    /** 变动类型 of a change list: 新增 or 退出 (临医保发〔2022〕13号 六 变化库). */
    CHANGE_TYPE;

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
