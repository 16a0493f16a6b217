package org.medaid.bench;

import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * {@link PdfFloor} with the stack's other PDF library: PDFBox writes the same text (headings and rows, each row's
 * cells at fixed columns, no table layout) in the same embedded font face as a subset, in a JVM of its own. Not a
 * test: {@code JAVA -cp PDFBOX_JARS:target/test-classes:FONT_JAR org.medaid.bench.PdfBoxFloor OUT.pdf}
 * (docs/benchmarks.md, "The PDF library's own floor").
 */
public final class PdfBoxFloor {

    private PdfBoxFloor() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = FloorSlipText.font();
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes))) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 800;
                s.beginText();
                s.setFont(font, 16);
                s.newLineAtOffset(180, y);
                s.showText("医疗费用三重保障结算单");
                s.endText();
                y -= 24;
                for (String heading : FloorSlipText.HEADINGS) {
                    s.beginText();
                    s.setFont(font, 9);
                    s.newLineAtOffset(36, y);
                    s.showText(heading);
                    s.endText();
                    y -= 14;
                }
                for (String[] row : FloorSlipText.ROWS) {
                    float x = 36;
                    for (String cell : row) {
                        s.beginText();
                        s.setFont(font, 9);
                        s.newLineAtOffset(x, y);
                        s.showText(cell);
                        s.endText();
                        x += 87;
                    }
                    y -= 14;
                }
            }
            doc.save(Path.of(args[0]).toFile());
        }
    }
}
