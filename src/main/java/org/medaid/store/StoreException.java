package org.medaid.store;

/** The one error type of the store: a failed read or write, with a message fit for the clerk's log. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
