package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font every form embeds: bundled in the jar, or another file by setting (ADR 0016). */
class CjkFontTest {

    @Test
    void theBundledFontHasEveryCharacterTheFormsPrint() {
        BaseFont f = CjkFont.bundled();
        String needed = "医疗费用三重保障结算单壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整零补打〔〕（）：；、×−→¥＿　年月日";
        needed.codePoints().forEach(cp -> assertTrue(f.charExists(cp), new String(Character.toChars(cp)) + " has no glyph"));
    }

    @Test
    void aFontFileThatIsMissingIsAnErrorNamingIt() {
        PrintException e = assertThrows(PrintException.class, () -> CjkFont.fromFile("/nowhere/simsun.ttc"));
        assertTrue(e.getMessage().contains("/nowhere/simsun.ttc"), e.getMessage());
    }

    @Test
    void aFileThatIsNotTrueTypeIsRefused() {
        PrintException e = assertThrows(PrintException.class, () -> CjkFont.fromFile("/tmp/font.woff2"));
        assertTrue(e.getMessage().contains("TrueType"), e.getMessage());
    }

    @Test
    void aBrokenFontFileIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("broken.ttf"), new byte[] {1, 2, 3, 4});
        PrintException e = assertThrows(PrintException.class, () -> CjkFont.fromFile(broken.toString()));
        assertTrue(e.getMessage().contains("broken.ttf"), e.getMessage());
    }

    @Test
    void aCollectionFileLoadsItsFirstFaceWhenNoneIsNamed(@TempDir Path dir) throws Exception {
        // the bundled collection copied out, as a county would point at a font on disk
        Path copy = dir.resolve("wqy.ttc");
        try (var in = CjkFont.class.getResourceAsStream(CjkFont.BUNDLED)) {
            Files.copy(in, copy);
        }
        assertTrue(CjkFont.fromFile(copy.toString()).getPostscriptFontName().contains("WenQuanYi"));
        assertTrue(CjkFont.fromFile(copy + ",1").getPostscriptFontName().contains("Mono"));
    }
}
