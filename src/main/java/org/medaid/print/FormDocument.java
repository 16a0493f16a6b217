package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/**
 * Opens a PDF for one form on the chosen paper, lets the form write its body, and returns the bytes:
 * metadata, the page footer and the embedded font are the same for every form.
 */
final class FormDocument {

    interface Body {
        void write(Document document, PdfWriter writer);
    }

    private FormDocument() {
    }

    static byte[] render(FormStyle style, PrintText text, String title, String footerNote, Body body) {
        return render(style, style.paper.page(), text, title, footerNote, body);
    }

    /** On {@code page} (e.g. the paper turned for a wide list) with the paper's type and margins. */
    static byte[] render(FormStyle style, Rectangle page, PrintText text, String title, String footerNote, Body body) {
        PaperSize paper = style.paper;
        float m = paper.margin();
        Document document = new Document(page, m, m, m, m + 10 * paper.scale());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(style, text, footerNote));
            document.addTitle(title);
            document.addCreator("medaid-desk");
            document.open();
            body.write(document, writer);
            document.close();
        } catch (DocumentException e) {
            throw new PrintException(text.format("render.failed", title, e.getMessage()), e);
        }
        return out.toByteArray();
    }
}
