package org.medaid.settlement;

/** How a settlement was issued: its slip printed, saved as PDF, or the bill marked settled without a slip. */
public enum IssuedVia {
    PRINT,
    PDF,
    MARKED
}
