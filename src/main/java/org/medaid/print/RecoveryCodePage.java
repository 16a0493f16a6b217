package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/**
 * The recovery code (恢复码) on one page for the administrator to print and lock away (ADR 0033): the
 * title, the code in large monospaced type, what it is for and where to keep it, the data folder and
 * the date. The page is made in memory; it is written to disk only if the administrator saves it.
 */
public final class RecoveryCodePage {

    private RecoveryCodePage() {
    }

    /** The texts are the screen's (Chinese first); {@code code} is printed as given. */
    public static PrintDocument render(String title, String code, String note, String deskLine) {
        PaperSize paper = PaperSize.A4;
        Document document = new Document(paper.page(), 72, 72, 90, 72);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("medaid-desk");
            document.open();
            BaseFont cjk = CjkFont.base();
            Paragraph head = new Paragraph(title, new Font(cjk, 20, Font.BOLD));
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(36);
            document.add(head);
            Paragraph codeLine = new Paragraph(code, new Font(CjkFont.mono(), 22));
            codeLine.setAlignment(Element.ALIGN_CENTER);
            codeLine.setSpacingAfter(36);
            document.add(codeLine);
            Paragraph why = new Paragraph(note, new Font(cjk, 12));
            why.setLeading(20);
            why.setSpacingAfter(24);
            document.add(why);
            document.add(new Paragraph(deskLine, new Font(cjk, 10)));
            document.close();
        } catch (DocumentException e) {
            throw new PrintException(title + ": " + e.getMessage(), e);
        }
        return new PrintDocument(title, "recovery-code.pdf", out.toByteArray());
    }
}
