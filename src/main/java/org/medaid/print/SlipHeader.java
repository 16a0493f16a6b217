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
            stamp(writer, document, style, text);
            String line = data.firstPrintedOn() == null
                    ? text.format("slip.reprintLine", date(data.printedOn()))
                    : text.format("slip.reprintLineWithOriginal", date(data.printedOn()), date(data.firstPrintedOn()));
            Paragraph p = new Paragraph(line, style.strong);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(3 * style.scale());
            document.add(p);
        }
        PdfPTable meta = new PdfPTable(new float[] {1.2f, 1f});
        meta.setWidthPercentage(100);
        meta.addCell(plain(text.format("slip.office", orNotGiven(text, data.office())), style, Element.ALIGN_LEFT));
        meta.addCell(plain(text.format("slip.number", data.result().id()) + "　　"
                + text.format("slip.printedOn", date(data.printedOn())), style, Element.ALIGN_RIGHT));
        meta.setSpacingAfter(2 * style.scale());
        document.add(meta);
    }

    /** A ruled box with 补打 at the top right of the first page, where a clerk looks first. */
    private static void stamp(PdfWriter writer, Document document, FormStyle style, PrintText text) {
        PdfContentByte cb = writer.getDirectContent();
        float w = 58 * style.scale();
        float h = 26 * style.scale();
        Rectangle page = document.getPageSize();
        float x = page.getWidth() - document.rightMargin() - w;
        float y = page.getHeight() - document.topMargin() - h + 4 * style.scale();
        cb.saveState();
        cb.setLineWidth(1.6f * style.scale());
        cb.rectangle(x, y, w, h);
        cb.stroke();
        cb.restoreState();
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(text.get("slip.reprintStamp"), style.stamp),
                x + w / 2, y + (h - style.stamp.getSize()) / 2 + 2 * style.scale(), 0);
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
