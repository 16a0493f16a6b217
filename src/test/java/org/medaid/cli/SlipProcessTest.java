package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.print.CjkFont;
import org.medaid.print.PdfInspect;

/**
 * {@code slip} in a JVM of its own, as the verbs' launcher runs it: the font loads on a second thread which then renders
 * a throwaway form (ADR 0085, 0091). The slip is the same with and without that form, and bad input still ends with one
 * line on standard error, exit 2 and no file.
 */
class SlipProcessTest {

    private static final String SAMPLE = "samples/cases/linyi-minimum-living.json";

    private static JavaProcess.Result slip(boolean warmUp, String... args) {
        List<String> cmd = new ArrayList<>(List.of(JavaProcess.javaBinary(), "-Dfile.encoding=UTF-8",
                "-D" + CjkFont.WARM_UP + "=" + warmUp, "-cp", CalcProcessTest.classPath(false), "org.medaid.app.Launcher", "slip"));
        cmd.addAll(List.of(args));
        return JavaProcess.run(cmd, null);
    }

    @Test
    void theSlipIsTheSameWithTheThrowawayFormAndWithout(@TempDir Path dir) throws IOException {
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        JavaProcess.Result a = slip(true, SAMPLE, "b1", with.toString(), "--date", "2026-12-03");
        JavaProcess.Result b = slip(false, SAMPLE, "b1", without.toString(), "--date", "2026-12-03");
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        assertEquals("", a.err());
        assertEquals(with.toString(), a.out().strip());
        String text = PdfInspect.text(Files.readAllBytes(with));
        assertTrue(text.contains("12,350.00"), text);
        assertEquals(PdfInspect.text(Files.readAllBytes(without)), text);
        assertEquals(PdfInspect.fonts(Files.readAllBytes(without)).size(), PdfInspect.fonts(Files.readAllBytes(with)).size());
    }

    @Test
    void theVerbDeflatesTheEmbeddedFontAtBestSpeedWithTheSameGlyphs(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("slip.pdf");
        JavaProcess.Result r = slip(true, SAMPLE, "b1", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDType0Font font = (PDType0Font) doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            PDStream file = font.getDescendantFont().getFontDescriptor().getFontFile2();
            byte[] subset;
            try (InputStream in = file.createInputStream()) {
                subset = in.readAllBytes();
            }
            long stored = file.getCOSObject().getLength();
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
            deflater.setInput(subset);
            deflater.finish();
            byte[] buffer = new byte[subset.length + 1024];
            int atDefault = deflater.deflate(buffer);
            deflater.end();
            // zlib's default level packs these bytes tighter: the verb's subset was written at BEST_SPEED (ADR 0091)
            assertTrue(stored > atDefault, stored + " bytes stored, " + atDefault + " at zlib's default level");
            assertTrue(subset.length > 100_000, "the subset keeps the glyph tables: " + subset.length);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwoWithTheThrowawayFormRunning(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("slip.pdf");
        JavaProcess.Result noBill = slip(true, SAMPLE, "b9", out.toString());
        CalcProcessTest.assertRefused("unknown bill", noBill, "slip: no bill 'b9'");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"person\": ");
        CalcProcessTest.assertRefused("unreadable JSON", slip(true, broken.toString(), "b1", out.toString()), "slip: unreadable JSON");
        CalcProcessTest.assertRefused("wrong arguments", slip(true, SAMPLE, "b1"), "usage: slip");
        assertFalse(Files.exists(out), "no slip written on bad input");
    }

    /** Without --date the slip prints today's date, found without java.time's zone rules (ADR 0096). */
    @Test
    void withoutADateTheSlipPrintsToday(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("slip.pdf");
        String first = java.time.LocalDate.now().toString();
        JavaProcess.Result r = slip(true, SAMPLE, "b1", pdf.toString());
        String last = java.time.LocalDate.now().toString();
        assertEquals(0, r.exit(), r.err());
        String text = PdfInspect.text(Files.readAllBytes(pdf));
        assertTrue(text.contains("打印日期：" + first) || text.contains("打印日期：" + last), text);
    }
}
