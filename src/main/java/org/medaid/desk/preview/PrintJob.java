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
 * its IDs are always masked).
 */
public record PrintJob(String title, boolean paperChoice, boolean idChoice, Renderer renderer, Recorder recorder) {

    /** Renders the document; {@code reprint} marks a document that says 补打. */
    @FunctionalInterface
    public interface Renderer {
        Rendered render(PaperSize paper, IdDisplay ids);
    }

    /** Logs a print or a save (issue #4 §6: every print is logged). */
    @FunctionalInterface
    public interface Recorder {
        void printed(PrintDocument document, PrintOutcome outcome);
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
    }
}
