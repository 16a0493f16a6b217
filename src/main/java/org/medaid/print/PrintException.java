package org.medaid.print;

/** A form that cannot be made or printed; the message is for the clerk (the print bundle's language). */
public class PrintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrintException(String message) {
        super(message);
    }

    public PrintException(String message, Throwable cause) {
        super(message, cause);
    }
}
