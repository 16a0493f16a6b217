package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preview and printing from the one PDF; the PC without a printer (the machines here have none). */
class SystemPrintServiceTest {

    private static final PrintDocument SLIP = new PrintDocument("结算单 b1", "结算单-b1.pdf",
            new SlipRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE)).render(SlipFixtures.linyi(), PaperSize.A4));

    private final SystemPrintService noPrinter = new SystemPrintService(Optional::empty, PrintText.of(Locale.SIMPLIFIED_CHINESE));

    @TempDir
    Path dir;

    @Test
    void withoutAPrinterSaysSoInChineseAndSavesWhereTheClerkChooses() throws Exception {
        List<String> asked = new ArrayList<>();
        Path target = dir.resolve("slip.pdf");
        PrintOutcome outcome = noPrinter.print(SLIP, (message, suggested) -> {
            asked.add(message);
            asked.add(suggested);
            return Optional.of(target);
        });
        assertEquals(PrintOutcome.Status.SAVED_INSTEAD, outcome.status());
        assertTrue(asked.get(0).contains("没有安装打印机"), asked.get(0));
        assertEquals("结算单-b1.pdf", asked.get(1));
        assertEquals(target, outcome.savedTo());
        assertArrayEquals(SLIP.pdf(), Files.readAllBytes(target));
        assertTrue(outcome.message().contains(target.toString()), outcome.message());
    }

    @Test
    void withoutAPrinterWritesNothingWhenTheClerkDeclines() throws Exception {
        PrintOutcome outcome = noPrinter.print(SLIP, (message, suggested) -> Optional.empty());
        assertEquals(PrintOutcome.Status.NOT_SAVED, outcome.status());
        assertFalse(outcome.done());
        assertNull(outcome.savedTo());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void savingIntoAMissingFolderFailsWithAMessageAndLeavesNoFile() {
        Path target = dir.resolve("no-such-folder").resolve("slip.pdf");
        PrintOutcome outcome = noPrinter.print(SLIP, (message, suggested) -> Optional.of(target));
        assertEquals(PrintOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.message().startsWith("无法保存到"), outcome.message());
        assertFalse(Files.exists(target));
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws Exception {
        noPrinter.save(SLIP, dir.resolve("a.pdf"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.pdf"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void previewDrawsThePageAtTheAskedResolution() {
        BufferedImage page = noPrinter.page(SLIP, 0, 72);
        assertEquals(595, page.getWidth(), 1);
        assertEquals(842, page.getHeight(), 1);
        assertTrue(darkPixels(page) > 2000, "the page has ink on it");
    }

    @Test
    void previewRefusesAPageTheDocumentDoesNotHave() {
        assertEquals(1, noPrinter.pageCount(SLIP));
        PrintException e = assertThrows(PrintException.class, () -> noPrinter.page(SLIP, 1, 72));
        assertTrue(e.getMessage().contains("第 2 页"), e.getMessage());
    }

    @Test
    void thePrinterGetsTheSamePagesAtTheirOwnPaperSize() throws Exception {
        byte[] a5 = new SlipRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE)).render(SlipFixtures.linyi(), PaperSize.A5);
        try (PDDocument pdf = Loader.loadPDF(a5)) {
            PDFPageable pages = SystemPrintService.pageable(pdf);
            assertEquals(1, pages.getNumberOfPages());
            assertEquals(420, pages.getPageFormat(0).getWidth(), 1);
            assertEquals(595, pages.getPageFormat(0).getHeight(), 1);
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
