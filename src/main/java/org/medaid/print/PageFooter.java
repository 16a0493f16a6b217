package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "第 1 页 共 3 页" at the foot of every page, and a note on the left (who made the form and when). The
 * total is written into a template when the document closes, as it is only known then.
 */
final class PageFooter extends PdfPageEventHelper {

    private final FormStyle style;
    private final String note;
    private final PrintText text;
    private PdfTemplate total;

    PageFooter(FormStyle style, PrintText text, String note) {
        this.style = style;
        this.text = text;
        this.note = note;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40 * style.scale(), 12 * style.scale());
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float y = document.bottomMargin() / 2f;
        if (note != null) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(note, style.small), document.leftMargin(), y, 0);
        }
        String before = text.format("footer.page", writer.getPageNumber());
        float size = style.small.getSize();
        float beforeWidth = style.small.getBaseFont().getWidthPoint(before, size);
        float right = page.getWidth() - document.rightMargin();
        float pageCountWidth = 40 * style.scale();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(before, style.small),
                right - pageCountWidth - beforeWidth, y, 0);
        cb.addTemplate(total, right - pageCountWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String after = text.format("footer.total", writer.getPageNumber() - 1);
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(after, style.small), 0, 0, 0);
    }
}
