package org.medaid.print;

import java.util.Objects;

/**
 * One rendered form: its title (the print job's name), a file name to suggest when saving, and the PDF.
 * Preview, print and save all use these same bytes, so what is printed is what was previewed (ADR 0017).
 */
public record PrintDocument(String title, String fileName, byte[] pdf) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("empty PDF for " + title);
        }
    }

    /** The slip of one bill, e.g. 结算单-b1.pdf. */
    public static PrintDocument slip(SlipData data, PaperSize paper) {
        PrintText text = PrintText.current();
        byte[] pdf = new SlipRenderer(text).render(data, paper);
        return new PrintDocument(text.get("slip.title") + " " + data.result().id(),
                safeName(text.get("file.slip") + "-" + data.result().id() + (data.reprint() ? "-" + text.get("file.reprint") : "")),
                pdf);
    }

    /** A name without characters Windows refuses in file names, ending in .pdf. */
    static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".pdf";
    }
}
