package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/**
 * A throwaway form rendered by the command line's font thread once the CJK font is parsed (ADR 0091), while the
 * main thread settles the case and lays out the real slip. In a JVM that lives half a second most of a slip's
 * layout is first-use cost: loading, linking and initialising OpenPDF's classes, spinning the method handles of its
 * string concatenations (~65 classes no JDK 17 archive keeps), the subset tag's and the document ID's randomness, and
 * loops still interpreted. A small form through the same code (writer, title, ruled table, amounts, signatures, page
 * footer, the font's widths, subset and ToUnicode map) takes that cost on the other core; the slip then finds it done
 * or waits for the same class initialisation instead of doing it twice.
 * <p>
 * Its bytes are dropped. It shares nothing with the real slip but the read-only {@code BaseFont}: OpenPDF keeps a
 * document's glyphs in that document's writer and reads the font for each subset through a reader of its own.
 */
final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** The throwaway form on A4 in the CJK font; null if anything failed (the slip meets the same and reports it). */
    static byte[] cjk() {
        try {
            PrintText text = PrintText.current();
            String words = text.get("slip.title") + " " + text.get("slip.clerk") + " 0123456789";
            FormStyle style = new FormStyle(PaperSize.A4);
            return FormDocument.render(style, text, words, words, (document, writer) -> {
                Paragraph title = new Paragraph(words, style.title);
                title.setAlignment(Element.ALIGN_CENTER);
                document.add(title);
                Grid grid = new Grid(style, 2, 3, 2, 3);
                grid.heading(words);
                grid.column(words).column(words).column(words).column(words);
                grid.label(words).text(words).centred(words).amount(new BigDecimal("12345.60"));
                grid.strong(words, 3).strongAmount(new BigDecimal("0.05"));
                document.add(grid.table());
                PdfPTable signatures = Signatures.row(style, text, 50 * style.scale(), new String[] {words, words},
                        new String[] {words, null});
                signatures.setKeepTogether(true);
                document.add(signatures);
            });
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
