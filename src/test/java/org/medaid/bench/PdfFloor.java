package org.medaid.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The floor of {@code slip} (issue 12 aim 5): OpenPDF alone writes one A4 page with the sample slip's text
 * ({@link FloorSlipText}: the title, 5 headings, 16 rows in tables of 6 columns) in the bundled WenQuanYi Micro Hei, embedded as a subset the way the
 * desk embeds it (Identity-H), in a JVM of its own. No case, no policy, no calculation, no second thread: the least a
 * slip in a fresh JVM costs with this library and font. Not a test:
 * {@code JAVA -cp target/test-classes:OPENPDF_JAR:FONT_JAR org.medaid.bench.PdfFloor OUT.pdf} with the verbs' JVM
 * options (docs/benchmarks.md, "The PDF library's own floor").
 */
public final class PdfFloor {

    private PdfFloor() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = FloorSlipText.font();
        BaseFont base = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        Font title = new Font(base, 16, Font.BOLD);
        Font text = new Font(base, 9);
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("医疗费用三重保障结算单", title));
            doc.add(new Paragraph("经办机构：未提供        结算单号：b1        打印日期：2026-12-03", text));
            int row = 0;
            for (int h = 0; h < FloorSlipText.HEADINGS.length; h++) {
                doc.add(new Paragraph(FloorSlipText.HEADINGS[h], text));
                PdfPTable table = new PdfPTable(6);
                table.setWidthPercentage(100);
                int rows = h == FloorSlipText.HEADINGS.length - 1 ? FloorSlipText.ROWS.length - row : 2 + (h == 3 ? 4 : 0);
                for (int r = 0; r < rows && row < FloorSlipText.ROWS.length; r++, row++) {
                    for (String cell : FloorSlipText.ROWS[row]) {
                        table.addCell(new Phrase(cell, text));
                    }
                }
                doc.add(table);
            }
            doc.close();
        }
    }
}
