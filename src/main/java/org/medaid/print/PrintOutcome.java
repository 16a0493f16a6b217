package org.medaid.print;

import java.nio.file.Path;

/**
 * What became of a request to print: the desk shows {@code message} (in the print bundle's language)
 * and writes the print log from it. {@code savedTo} is set when the PDF was saved instead.
 */
public record PrintOutcome(Status status, String message, Path savedTo) {

    public enum Status {
        /** Sent to the printer the clerk chose in the print dialog. */
        PRINTED,
        /** The clerk closed the print dialog. */
        CANCELLED,
        /** Saved to the file the clerk chose. */
        SAVED,
        /** No printer: the clerk chose a file and the PDF was saved there. */
        SAVED_INSTEAD,
        /** No printer, and the clerk chose not to save. */
        NOT_SAVED,
        /** Printing or saving failed; the message says why. */
        FAILED
    }

    public boolean done() {
        return status == Status.PRINTED || status == Status.SAVED || status == Status.SAVED_INSTEAD;
    }
}
