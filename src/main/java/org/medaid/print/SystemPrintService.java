package org.medaid.print;

import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints through the operating system (java.awt.print with its native dialog), and draws pages for the
 * preview, both from the document's PDF rasterised or painted by PDFBox (ADR 0016). Where the PC has no
 * printer, it says so and offers to save the PDF.
 */
public final class SystemPrintService implements PrintService {

    private final Supplier<Optional<javax.print.PrintService>> printers;
    private final PrintText text;

    /** The system's printers: the default one, else the first installed. */
    public SystemPrintService() {
        this(SystemPrintService::installedPrinter, PrintText.current());
    }

    /** With another way to find the printer (the tests give one that finds none). */
    public SystemPrintService(Supplier<Optional<javax.print.PrintService>> printers, PrintText text) {
        this.printers = printers;
        this.text = text;
    }

    static Optional<javax.print.PrintService> installedPrinter() {
        javax.print.PrintService d = PrintServiceLookup.lookupDefaultPrintService();
        if (d != null) {
            return Optional.of(d);
        }
        javax.print.PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        return all.length == 0 ? Optional.empty() : Optional.of(all[0]);
    }

    @Override
    public int pageCount(PrintDocument document) {
        try (PDDocument pdf = load(document)) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new PrintException(text.format("print.unreadable", e.getMessage()), e);
        }
    }

    @Override
    public BufferedImage page(PrintDocument document, int index, float dpi) {
        try (PDDocument pdf = load(document)) {
            if (index < 0 || index >= pdf.getNumberOfPages()) {
                throw new PrintException(text.format("print.noPage", index + 1));
            }
            return new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new PrintException(text.format("print.unreadable", e.getMessage()), e);
        }
    }

    @Override
    public PrintOutcome print(PrintDocument document, SaveOffer offer) {
        Optional<javax.print.PrintService> printer = printers.get();
        if (printer.isEmpty()) {
            return offerToSave(document, offer);
        }
        try (PDDocument pdf = load(document)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(printer.get());
            job.setJobName(document.title());
            job.setPageable(pageable(pdf));
            if (!job.printDialog()) {
                return new PrintOutcome(PrintOutcome.Status.CANCELLED, text.get("print.cancelled"), null);
            }
            job.print();
            return new PrintOutcome(PrintOutcome.Status.PRINTED, text.format("print.printed", document.title()), null);
        } catch (IOException | PrinterException | HeadlessException e) {
            return new PrintOutcome(PrintOutcome.Status.FAILED, text.format("print.failed", document.title(), e.getMessage()), null);
        }
    }

    private PrintOutcome offerToSave(PrintDocument document, SaveOffer offer) {
        String message = text.format("print.noPrinter", document.title());
        Optional<Path> target = offer.askWhereToSave(message, document.fileName());
        if (target.isEmpty()) {
            return new PrintOutcome(PrintOutcome.Status.NOT_SAVED, text.get("print.notSaved"), null);
        }
        PrintOutcome saved = save(document, target.get());
        return saved.status() == PrintOutcome.Status.SAVED
                ? new PrintOutcome(PrintOutcome.Status.SAVED_INSTEAD, message + "\n" + saved.message(), saved.savedTo())
                : saved;
    }

    @Override
    public PrintOutcome save(PrintDocument document, Path target) {
        try {
            PdfFiles.write(target, document.pdf());
            return new PrintOutcome(PrintOutcome.Status.SAVED, text.format("print.saved", target), target);
        } catch (IOException e) {
            return new PrintOutcome(PrintOutcome.Status.FAILED, text.format("print.saveFailed", target, e.getMessage()), null);
        }
    }

    /**
     * The pages as the printer gets them: each page of the PDF at its own paper size (an A5 slip goes
     * out as A5), drawn by PDFBox from the same document the preview shows.
     */
    static PDFPageable pageable(PDDocument pdf) {
        return new PDFPageable(pdf);
    }

    private static PDDocument load(PrintDocument document) throws IOException {
        return Loader.loadPDF(document.pdf());
    }
}
