package org.medaid.print;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what a renderer wrote: the text (PDFBox), the fonts and whether they are embedded (OpenPDF). */
public final class PdfInspect {

    private PdfInspect() {
    }

    /** All pages' text, as a reader's copy-and-paste would give it. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without spaces and line breaks, for phrases a cell may wrap or space out. */
    public static String compact(byte[] pdf) {
        return text(pdf).replaceAll("[\\s\\u3000]+", "");
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PDRectangle pageSize(byte[] pdf, int index) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(index).getMediaBox();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every font the pages use, by base name, and whether its program is embedded: for a composite
     * (Type0) font the descendant's descriptor must carry FontFile2 (TrueType) or FontFile3.
     */
    public static Map<String, Boolean> fonts(byte[] pdf) {
        Map<String, Boolean> fonts = new LinkedHashMap<>();
        try {
            PdfReader reader = new PdfReader(pdf);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                PdfDictionary fontDict = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fontDict == null) {
                    continue;
                }
                for (PdfName key : fontDict.getKeys()) {
                    PdfDictionary font = fontDict.getAsDict(key);
                    PdfDictionary described = font;
                    if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                        described = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                    }
                    PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
                    boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE2) != null
                            || descriptor.get(PdfName.FONTFILE3) != null || descriptor.get(PdfName.FONTFILE) != null);
                    fonts.merge(font.getAsName(PdfName.BASEFONT).toString(), embedded, Boolean::logicalAnd);
                }
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }
}
