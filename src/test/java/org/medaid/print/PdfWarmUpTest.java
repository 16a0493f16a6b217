package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** ADR 0091: the slip's font thread renders a throwaway form; the font is read whole in one array. */
class PdfWarmUpTest {

    @Test
    void theThrowawayFormIsAPdfInTheCjkFont() {
        byte[] pdf = PdfWarmUp.cjk();
        assertNotNull(pdf, "the warm-up form failed to render");
        String text = PdfInspect.text(pdf);
        assertTrue(text.contains(PrintText.current().get("slip.title")), text);
        assertTrue(text.contains("12,345.60"), text);
        assertTrue(PdfInspect.fonts(pdf).keySet().stream().anyMatch(f -> f.contains("WenQuanYi")), PdfInspect.fonts(pdf).toString());
    }

    @Test
    void slipsRenderedWhileThrowawayFormsRenderOnAnotherThreadHaveTheSameText() throws Exception {
        SlipRenderer renderer = new SlipRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE));
        SlipData data = SlipFixtures.linyi();
        String alone = PdfInspect.text(renderer.render(data, PaperSize.A4));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<Future<byte[]>> warmUps = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                warmUps.add(other.submit(PdfWarmUp::cjk));
                texts.add(PdfInspect.text(renderer.render(data, i % 2 == 0 ? PaperSize.A4 : PaperSize.A5)));
            }
            for (int i = 0; i < texts.size(); i++) {
                if (i % 2 == 0) {
                    assertEquals(alone, texts.get(i), "slip " + i + " rendered beside a throwaway form");
                }
                assertNotNull(warmUps.get(i).get(), "throwaway form " + i);
            }
            assertEquals(PdfInspect.text(renderer.render(data, PaperSize.A5)), texts.get(1), "A5 slip beside a throwaway form");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void theBundledFontIsReadWholeInOneArray() throws IOException {
        byte[] expected;
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.BUNDLED)) {
            expected = in.readAllBytes();
        }
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.BUNDLED)) {
            assertArrayEquals(expected, CjkFont.readWhole(in));
        }
    }

    @Test
    void aStreamThatAnnouncesLessThanItHoldsIsStillReadWhole() throws IOException {
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        for (int announced : new int[] {0, 1, 8191, 99_999}) {
            InputStream in = new ByteArrayInputStream(bytes) {
                private boolean asked;

                @Override
                public synchronized int available() {
                    if (asked) {
                        return super.available();
                    }
                    asked = true;
                    return announced;
                }
            };
            assertArrayEquals(bytes, CjkFont.readWhole(in), "announced " + announced);
        }
        InputStream more = new ByteArrayInputStream(new byte[10]) {
            @Override
            public synchronized int available() {
                return 50;
            }
        };
        assertEquals(10, CjkFont.readWhole(more).length, "a stream that announces more than it holds");
    }
}
