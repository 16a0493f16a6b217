package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;

/** The top of the slip: the title, office, slip number and date, and on a reprint the 补打 stamp. */
final class SlipHeader {

    private SlipHeader() {
    }

    static void write(Document document, PdfWriter writer, FormStyle style, PrintText text, SlipData data) {
        Paragraph title = new Paragraph(text.get("slip.title"), style.title);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(4 * style.scale());
        document.add(title);
        if (data.reprint()) {
            stamp(writer, document, style, text, data.firstPrintedOn());
        }
        PdfPTable meta = new PdfPTable(new float[] {1f, 1.3f});
        meta.setWidthPercentage(100);
        meta.addCell(plain(text.format("slip.office", orNotGiven(text, data.office())), style, Element.ALIGN_LEFT));
        String number = text.format("slip.number", data.result().id()) + "　　";
        if (data.reprint()) {
            // the reprint date where the print date stands, in bold: 补打 must be seen at once
            String line = text.format("slip.reprintLine", date(data.printedOn()));
            PdfPCell right = plain(number, style, Element.ALIGN_RIGHT);
            right.setPhrase(new Phrase(number, style.label));
            right.getPhrase().add(new Phrase(line, style.strong));
            meta.addCell(right);
        } else {
            meta.addCell(plain(number + text.format("slip.printedOn", date(data.printedOn())), style, Element.ALIGN_RIGHT));
        }
        meta.setSpacingAfter(2 * style.scale());
        document.add(meta);
    }

    /**
     * A ruled box with 补打 at the top right of the first page, where a clerk looks first, and under it
     * the date of the first print when known.
     */
    private static void stamp(PdfWriter writer, Document document, FormStyle style, PrintText text, LocalDate first) {
        PdfContentByte cb = writer.getDirectContent();
        float s = style.scale();
        float w = 96 * s;
        float h = (first == null ? 28 : 40) * s;
        Rectangle page = document.getPageSize();
        float x = page.getWidth() - document.rightMargin() - w;
        // partly in the top margin, so the box stays clear of the office and number line under the title
        float top = page.getHeight() - document.topMargin() * 0.4f;
        cb.saveState();
        cb.setLineWidth(1.6f * s);
        cb.rectangle(x, top - h, w, h);
        cb.stroke();
        cb.restoreState();
        float stampBase = top - 4 * s - style.stamp.getSize();
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(text.get("slip.reprintStamp"), style.stamp),
                x + w / 2, stampBase, 0);
        if (first != null) {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase(text.format("slip.firstPrinted", date(first)), style.small), x + w / 2, top - h + 6 * s, 0);
        }
    }

    private static PdfPCell plain(String s, FormStyle style, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s, style.label));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPadding(1.5f * style.scale());
        return c;
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String orNotGiven(PrintText text, String s) {
        return s == null || s.isBlank() ? text.get("common.notGiven") : s;
    }
}
