package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The printed words: Chinese by default, English complete, whatever the JVM's own language. */
class PrintTextTest {

    @Test
    void theEnglishBundleHasEveryKeyOfTheChineseOne() throws IOException {
        Properties zh = load("print.properties");
        Properties en = load("print_en.properties");
        assertEquals(zh.keySet(), en.keySet());
    }

    @Test
    void chineseIsTheDefaultEvenOnAnEnglishJvm() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("医疗费用三重保障结算单", PrintText.of(Locale.SIMPLIFIED_CHINESE).get("slip.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aSlipPrintsInEnglishWhenAsked() {
        byte[] pdf = new SlipRenderer(PrintText.of(Locale.ENGLISH)).render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4);
        String t = PdfInspect.text(pdf);
        assertTrue(t.contains("Paid by the tiers"), t);
        assertTrue(t.contains("basic insurance rate 55%, basic insurance deductible"), t);
        assertTrue(t.contains("壹拾万零叁仟柒佰捌拾元零肆角伍分"), "capitals stay Chinese: " + t);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PrintTextTest.class.getResourceAsStream("/org/medaid/print/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
