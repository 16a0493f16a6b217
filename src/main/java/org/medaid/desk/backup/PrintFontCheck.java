package org.medaid.desk.backup;

import com.lowagie.text.pdf.BaseFont;
import org.medaid.backup.DataSettings;
import org.medaid.print.CjkFont;

/**
 * Tries a font file the clerk chose for printing the way the print package will load it (its font
 * setting, {@link CjkFont#PROPERTY}), and that it can show the Chinese of a slip; the setting in force
 * before is put back when the font is refused.
 */
final class PrintFontCheck {

    /** Characters every slip prints: 医疗救助结算单, money in capitals. */
    private static final String SAMPLE = "医疗救助结算单壹贰叁肆伍陆柒捌玖拾佰仟万元角分整";

    /** Why the font cannot be used, or null when it can. */
    enum Result { OK, UNREADABLE, NO_CHINESE }

    private PrintFontCheck() {
    }

    static Result check(String setting) {
        String before = System.getProperty(DataSettings.PRINT_FONT_PROPERTY);
        try {
            System.setProperty(DataSettings.PRINT_FONT_PROPERTY, setting);
            BaseFont font = CjkFont.base();
            boolean chinese = SAMPLE.codePoints().allMatch(font::charExists);
            return chinese ? Result.OK : Result.NO_CHINESE;
        } catch (RuntimeException e) {
            return Result.UNREADABLE;
        } finally {
            if (before == null) {
                System.clearProperty(DataSettings.PRINT_FONT_PROPERTY);
            } else {
                System.setProperty(DataSettings.PRINT_FONT_PROPERTY, before);
            }
        }
    }
}
