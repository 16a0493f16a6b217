package org.medaid.desk.backup;

import com.lowagie.text.pdf.BaseFont;
import org.medaid.settings.DeskSettings;
import org.medaid.print.CjkFont;

/**
 * Tries a font file the clerk chose for printing the way the print package will load it (its font
 * setting, {@link CjkFont#PROPERTY}), and that it can show the Chinese of a slip; the setting in force
 * before is put back when the font is refused.
 */
final class PrintFontCheck {

    /** Why the font cannot be used, or null when it can. */
    enum Result { OK, UNREADABLE, NO_CHINESE }

    private PrintFontCheck() {
    }

    /** {@code sample}: characters every slip prints (its title, money in capitals), from the screen bundle. */
    static Result check(String setting, String sample) {
        String before = System.getProperty(DeskSettings.PRINT_FONT_PROPERTY);
        try {
            System.setProperty(DeskSettings.PRINT_FONT_PROPERTY, setting);
            BaseFont font = CjkFont.base();
            boolean chinese = sample.codePoints().allMatch(font::charExists);
            return chinese ? Result.OK : Result.NO_CHINESE;
        } catch (RuntimeException e) {
            return Result.UNREADABLE;
        } finally {
            if (before == null) {
                System.clearProperty(DeskSettings.PRINT_FONT_PROPERTY);
            } else {
                System.setProperty(DeskSettings.PRINT_FONT_PROPERTY, before);
            }
        }
    }
}
