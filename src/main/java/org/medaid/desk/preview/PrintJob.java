package org.medaid.desk.preview;

import java.util.Objects;
import org.medaid.print.IdDisplay;
import org.medaid.print.PaperSize;
import org.medaid.print.PrintDocument;
import org.medaid.print.PrintOutcome;

/**
 * One thing to preview and print: how to render it for a paper size and an ID display, and what to log
 * once it has been printed or saved. Both run on the worker thread. {@code paperChoice} and
 * {@code idChoice} say whether the clerk may change those (a slip: both; the public notice: neither,
 * its IDs are always masked). {@code paperOnly}: printed, never saved as a file, not even when there is no printer (the
 * recovery code, whose page says not to keep it on a computer).
 */
public record PrintJob(String title, boolean paperChoice, boolean idChoice, Renderer renderer, Recorder recorder,
        Finisher finisher, boolean paperOnly) {

    /** Renders the document; {@code reprint} marks a document that says 补打. */
    @FunctionalInterface
    public interface Renderer {
        Rendered render(PaperSize paper, IdDisplay ids);
    }

    /** Logs a print or a save (every print is logged). */
    @FunctionalInterface
    public interface Recorder {
        void printed(PrintDocument document, PrintOutcome outcome);
    }

    /**
     * Called on the worker when the clerk prints or saves, before the document goes out: a slip not yet issued
     * is issued here (ADR 0031) and the document to output returned. Most jobs output what is shown.
     */
    @FunctionalInterface
    public interface Finisher {
        PrintDocument finish(PrintDocument shown, PaperSize paper, IdDisplay ids, boolean toPrinter);
    }

    /** A job whose output is the document shown. */
    public PrintJob(String title, boolean paperChoice, boolean idChoice, Renderer renderer, Recorder recorder) {
        this(title, paperChoice, idChoice, renderer, recorder, (shown, paper, ids, toPrinter) -> shown);
    }

    /** A job that may also be saved as a PDF. */
    public PrintJob(String title, boolean paperChoice, boolean idChoice, Renderer renderer, Recorder recorder,
            Finisher finisher) {
        this(title, paperChoice, idChoice, renderer, recorder, finisher, false);
    }

    /** The same job, to be printed only: no 另存为PDF, and no file offered when there is no printer. */
    public PrintJob onPaperOnly() {
        return new PrintJob(title, paperChoice, idChoice, renderer, recorder, finisher, true);
    }

    /** The rendered document and whether it is a reprint (补打). */
    public record Rendered(PrintDocument document, boolean reprint) {

        public Rendered {
            Objects.requireNonNull(document, "document");
        }
    }

    public PrintJob {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(finisher, "finisher");
    }
}
