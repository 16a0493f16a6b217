package org.medaid.security;

/** The keyring file cannot be read or written (a disk or permission problem, or a file that is not a keyring). */
public final class KeyringException extends RuntimeException {

    public KeyringException(String message, Throwable cause) {
        super(message, cause);
    }
}
