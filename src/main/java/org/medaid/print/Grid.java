package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/**
 * A ruled table of a form, filled cell by cell left to right: labels, texts, and amounts aligned right
 * so the decimal points line up.
 */
final class Grid {

    private final FormStyle style;
    private final PdfPTable table;

    Grid(FormStyle style, float... relativeWidths) {
        this.style = style;
        this.table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSpacingBefore(0);
        table.setSpacingAfter(0);
    }

    PdfPTable table() {
        return table;
    }

    /** Rows repeated at the top of every page the table runs onto. */
    Grid headerRows(int rows) {
        table.setHeaderRows(rows);
        return this;
    }

    Grid label(String text) {
        return add(cell(text, style.label, Element.ALIGN_CENTER, 1));
    }

    Grid label(String text, int colspan) {
        return add(cell(text, style.label, Element.ALIGN_CENTER, colspan));
    }

    /** A section title across the whole table. */
    Grid heading(String text) {
        PdfPCell c = cell(text, style.heading, Element.ALIGN_LEFT, table.getNumberOfColumns());
        c.setBackgroundColor(FormStyle.SHADE);
        return add(c);
    }

    /** A column title, shaded and centred. */
    Grid column(String text) {
        PdfPCell c = cell(text, style.label, Element.ALIGN_CENTER, 1);
        c.setBackgroundColor(FormStyle.SHADE);
        return add(c);
    }

    Grid text(String text) {
        return text(text, 1);
    }

    Grid text(String text, int colspan) {
        return add(cell(text, style.value, Element.ALIGN_LEFT, colspan));
    }

    Grid centred(String text) {
        return add(cell(text, style.value, Element.ALIGN_CENTER, 1));
    }

    Grid strong(String text, int colspan) {
        return add(cell(text, style.strong, Element.ALIGN_LEFT, colspan));
    }

    Grid amount(BigDecimal amount) {
        return add(cell(FormStyle.money(amount), style.value, Element.ALIGN_RIGHT, 1));
    }

    Grid strongAmount(BigDecimal amount) {
        return add(cell(FormStyle.yuan(amount), style.strong, Element.ALIGN_RIGHT, 1));
    }

    /** A cell with its own content (several phrases, a fixed height, ...). */
    Grid cell(PdfPCell cell) {
        cell.setBorderWidth(style.line());
        table.addCell(cell);
        return this;
    }

    PdfPCell cell(String text, Font font, int align, int colspan) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setColspan(colspan);
        c.setPadding(style.pad());
        c.setPaddingBottom(style.pad() + 1.0f * style.scale());
        c.setLeading(0, 1.25f);
        c.setBorder(Rectangle.BOX);
        c.setBorderWidth(style.line());
        return c;
    }

    private Grid add(PdfPCell c) {
        table.addCell(c);
        return this;
    }
}
