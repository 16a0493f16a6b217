package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.medaid.table.Column;
import org.medaid.table.DataTable;

/**
 * A report or list as PDF, A4: the title, the office and the filter lines, then each table with
 * its header repeated on every page and its totals row, then the charts as pictures with their captions.
 * The same {@link DataTable}s are what the XLSX export writes, so the paper and the file hold the same figures.
 */
public final class TableReportRenderer {

    /** A chart drawn elsewhere (the desk snapshots its JavaFX charts), as PNG bytes. */
    public record Chart(String caption, byte[] png) {
    }

    private final PrintText text;

    public TableReportRenderer(PrintText text) {
        this.text = text;
    }

    public byte[] render(String title, String office, List<DataTable> tables, List<Chart> charts, LocalDate printedOn) {
        FormStyle style = new FormStyle(PaperSize.A4);
        // a list wider than eight columns is printed across the A4 sheet
        boolean wide = tables.stream().anyMatch(t -> t.columns().stream().filter(Column::onPaper).count() > 8);
        return FormDocument.render(style, wide ? PageSize.A4.rotate() : PageSize.A4, text, title, title, (document, writer) -> {
            FormHeader.write(document, style, title, text.format("form.office", SlipHeader.orNotGiven(text, office)),
                    text.format("report.printedOn", printedOn));
            boolean first = true;
            for (DataTable t : tables) {
                if (!first || !t.title().equals(title)) {
                    Paragraph h = new Paragraph(t.title(), style.heading);
                    h.setSpacingBefore(8 * style.scale());
                    document.add(h);
                }
                first = false;
                for (String f : t.filter()) {
                    document.add(FormHeader.note(style, f, Element.ALIGN_LEFT));
                }
                Grid g = table(style, t);
                g.table().setSpacingBefore(4 * style.scale());
                document.add(g.table());
            }
            for (Chart c : charts) {
                chart(document, style, c);
            }
        });
    }

    private Grid table(FormStyle style, DataTable t) {
        List<Column> cols = t.columns();
        List<Integer> shown = new java.util.ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).onPaper()) {
                shown.add(i);
            }
        }
        float[] widths = new float[shown.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = cols.get(shown.get(i)).width();
        }
        Grid g = new Grid(style, widths);
        g.headerRows(1);
        shown.forEach(i -> g.column(cols.get(i).header()));
        if (t.rows().isEmpty()) {
            g.text(text.get("list.empty"), shown.size());
        }
        for (List<Object> row : t.rows()) {
            cells(g, cols, shown, row);
        }
        if (t.totals() != null) {
            cells(g, cols, shown, t.totals());
        }
        return g;
    }

    private static void cells(Grid g, List<Column> cols, List<Integer> shown, List<Object> row) {
        for (int i : shown) {
            Object v = row.get(i);
            if (v == null) {
                g.text("");
            } else if (v instanceof String s) {
                g.text(s);
            } else {
                switch (cols.get(i).type()) {
                    case MONEY -> g.amount((BigDecimal) v);
                    case SHARE -> g.centred(((BigDecimal) v).movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%");
                    default -> g.centred(v.toString());
                }
            }
        }
    }

    private static void chart(Document document, FormStyle style, Chart c) {
        try {
            Image img = Image.getInstance(c.png());
            float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
            img.scaleToFit(width, 300 * style.scale());
            img.setAlignment(Element.ALIGN_CENTER);
            // caption and picture in one cell: a page break never leaves the caption alone at a page's foot
            com.lowagie.text.pdf.PdfPTable box = new com.lowagie.text.pdf.PdfPTable(1);
            box.setWidthPercentage(100);
            box.setKeepTogether(true);
            box.setSpacingBefore(8 * style.scale());
            com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell();
            cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
            cell.addElement(new Paragraph(c.caption(), style.heading));
            cell.addElement(img);
            box.addCell(cell);
            document.add(box);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
