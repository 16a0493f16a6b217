package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The recovery code's page: every font embedded, the code in the bundled monospaced face, as text. */
class RecoveryCodePageTest {

    private static final String CODE = "Y2QPD-H3SAT-APT0Z-P6DT1-TCWFS";

    @Test
    void theCodeIsPrintedInAnEmbeddedMonospacedFace() throws Exception {
        PrintDocument page = RecoveryCodePage.render("医疗救助结算台 恢复码", CODE, "凭此码可在忘记全部管理员密码时打开本台数据。",
                "数据目录：/tmp/x　生成日期：2026-12-04");
        try (PDDocument doc = Loader.loadPDF(page.pdf())) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded: a printer without it draws another face");
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("WenQuanYiMicroHeiMono")), "no monospaced face among " + fonts);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(CODE), "the code is not on the page as text: " + text);
        }
    }

    @Test
    void theMonospacedFaceGivesEveryCharacterOfTheCodeTheSameWidth() {
        var mono = CjkFont.mono();
        int width = mono.getWidth('0');
        for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ-".toCharArray()) {
            assertEquals(width, mono.getWidth(c), "width of '" + c + "' in " + mono.getPostscriptFontName());
        }
    }
}
