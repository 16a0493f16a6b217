package org.medaid.print;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Preview, print and save one rendered form. Every method works on the document's one PDF, so the
 * page on screen, on paper and in the file are the same (ADR 0016). Implementations do blocking work
 * (rendering, the print dialog): call them from the desk's background executor, not the FX thread.
 */
public interface PrintService {

    /** How many pages the document has. */
    int pageCount(PrintDocument document);

    /** Page {@code index} (from 0) as an image at {@code dpi} dots per inch, for the desk's preview. */
    BufferedImage page(PrintDocument document, int index, float dpi);

    /**
     * Shows the system print dialog and prints. With no printer installed, asks {@code offer} where to
     * save the PDF instead and saves it there.
     */
    PrintOutcome print(PrintDocument document, SaveOffer offer);

    /** Writes the PDF to {@code target} whole or not at all. */
    PrintOutcome save(PrintDocument document, Path target);
}
