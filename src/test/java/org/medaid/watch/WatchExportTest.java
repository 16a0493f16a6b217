package org.medaid.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.TestDesk;
import org.medaid.export.ExportText;
import org.medaid.export.WatchExports;
import org.medaid.export.XlsxExport;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.model.Category;
import org.medaid.print.PrintDocument;
import org.medaid.store.PersonRecord;
import org.medaid.table.DataTable;

/** A watch list exported to XLSX (typed, read back) and printed to PDF (text read back). */
class WatchExportTest {

    @TempDir
    Path dir;
    WatchDesk w;

    @BeforeEach
    void open() {
        w = new WatchDesk(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        w.close();
    }

    private DataTable tiltList() {
        PersonRecord jia = w.person("边缘甲", TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
        w.stay(jia, LocalDate.of(2024, 4, 10), "30000.00", "2000.00", "15000.00");
        w.store.act(WatchRule.SHAOYANG_TILT, jia.id(), 2024, WatchAction.APPLIED, LocalDate.of(2024, 11, 2), "本人申请", w.clerk);
        WatchList list = w.lists.compute(WatchRule.SHAOYANG_TILT, Period.year(2024));
        return new WatchExports(new ExportText(Locale.SIMPLIFIED_CHINESE)).table(list, "石门镇民政办", LocalDate.of(2024, 12, 20));
    }

    @Test
    void theListExportsWithFiguresDatesAndWhatWasDone() throws IOException {
        DataTable t = tiltList();
        Path file = dir.resolve("tilt.xlsx");
        XlsxExport.write(t, file);
        List<Row> rows = XlsxExportTestAccess.read(file);
        assertEquals("倾斜救助核查名单（邵阳）", rows.get(0).getCell(0).asString());
        Row header = rows.get(5);
        assertEquals("负担金额", header.getCell(5).asString());
        Row r = rows.get(6);
        assertEquals("边缘甲", r.getCell(1).asString());
        assertTrue(r.getCell(2).asString().contains("**********"), "masked");
        assertEquals(CellType.NUMBER, r.getCell(5).getType());
        assertEquals(0, new BigDecimal("13000.00").compareTo(r.getCell(5).asNumber()));
        assertEquals(0, new BigDecimal("6500.00").compareTo(r.getCell(6).asNumber()));
        assertEquals(LocalDate.of(2024, 4, 10), r.getCell(7).asDate().toLocalDate());
        assertTrue(r.getCell(10).asString().startsWith("邵医保发〔2021〕32号 三(八)"));
        assertEquals("上年度居民人均可支配收入", r.getCell(11).asString(), "unconfirmed, said so");
        assertEquals("已申请", r.getCell(12).asString());
        assertEquals("clerk", r.getCell(13).asString());
    }

    @Test
    void theListPrintsWithItsClauseAndTheUnconfirmedFigure() throws IOException {
        DataTable t = tiltList();
        PrintDocument doc = PrintDocument.report(t.title(), t.title() + "-2024", "石门镇民政办", List.of(t), List.of(),
                LocalDate.of(2024, 12, 20));
        String pdf;
        try (PDDocument d = Loader.loadPDF(doc.pdf())) {
            // cells wrap their text: compare without the line breaks
            pdf = new PDFTextStripper().getText(d).replaceAll("\\s", "");
        }
        assertTrue(pdf.contains("倾斜救助核查名单"), pdf);
        assertTrue(pdf.contains("边缘甲"), pdf);
        assertTrue(pdf.contains("13,000.00"), pdf);
        assertTrue(pdf.contains("上年度居民人均可支配收入"), pdf);
        assertTrue(pdf.contains("已申请"), pdf);
    }
}
