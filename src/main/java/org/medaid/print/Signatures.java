package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A row of signature boxes: each names who signs (with the name printed when known), leaves room for
 * the signature, and ends with 年 月 日.
 */
final class Signatures {

    private Signatures() {
    }

    /** {@code labels[i]} with {@code names[i]} (may be null) printed after it. */
    static PdfPTable row(FormStyle style, PrintText text, float height, String[] labels, String[] names) {
        PdfPTable row = new PdfPTable(labels.length);
        row.setWidthPercentage(100);
        for (int i = 0; i < labels.length; i++) {
            String name = names != null && i < names.length && names[i] != null ? names[i] : "";
            row.addCell(box(style, text, height, text.format("common.labelled", labels[i], name)));
        }
        return row;
    }

    private static PdfPCell box(FormStyle style, PrintText text, float height, String label) {
        PdfPTable inner = new PdfPTable(1);
        inner.setWidthPercentage(100);
        PdfPCell top = new PdfPCell(new Phrase(label, style.label));
        top.setBorder(Rectangle.NO_BORDER);
        top.setFixedHeight(height - 16 * style.scale());
        top.setPadding(style.pad());
        inner.addCell(top);
        PdfPCell date = new PdfPCell(new Phrase(text.get("common.signDate"), style.label));
        date.setBorder(Rectangle.NO_BORDER);
        date.setHorizontalAlignment(Element.ALIGN_RIGHT);
        date.setPadding(style.pad());
        inner.addCell(date);
        PdfPCell outer = new PdfPCell(inner);
        outer.setBorderWidth(style.line());
        outer.setPadding(0);
        outer.setFixedHeight(height);
        return outer;
    }
}
