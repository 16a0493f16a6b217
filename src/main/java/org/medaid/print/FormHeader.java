package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The title of a form or list, centred, and a line under it: who issues it on the left, numbers on the right. */
final class FormHeader {

    private FormHeader() {
    }

    static void write(Document document, FormStyle style, String title, String left, String right) {
        Paragraph p = new Paragraph(title, style.title);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4 * style.scale());
        document.add(p);
        PdfPTable meta = new PdfPTable(new float[] {1f, 1f});
        meta.setWidthPercentage(100);
        meta.addCell(plain(left, style, Element.ALIGN_LEFT));
        meta.addCell(plain(right, style, Element.ALIGN_RIGHT));
        meta.setSpacingAfter(2 * style.scale());
        document.add(meta);
    }

    /** A line of text under the table (notes, the issuer's seal line). */
    static Paragraph note(FormStyle style, String text, int align) {
        Paragraph p = new Paragraph(text, style.label);
        p.setAlignment(align);
        p.setSpacingBefore(5 * style.scale());
        p.setLeading(0, 1.4f);
        return p;
    }

    private static PdfPCell plain(String s, FormStyle style, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s == null ? "" : s, style.label));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPadding(1.5f * style.scale());
        return c;
    }
}
