package org.medaid.desk.county;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** The texts of 设置 › 县级参数 (zh_CN first, English second). */
final class CountyText {

    private CountyText() {
    }

    static String get(String key) {
        return ResourceBundle.getBundle("org.medaid.desk.county.county", Labels.locale(), Labels.NO_FALLBACK).getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Labels.locale()).format(args);
    }
}
