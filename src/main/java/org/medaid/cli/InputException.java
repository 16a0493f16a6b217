package org.medaid.cli;

/** Input the command line refuses: the message goes to standard error and the exit code is 2. */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
