package org.medaid.calc;

/** A case the clerk must look at (an application, a review, an alert list), with why and the clause. */
public record FlagNote(String code, String text, String source) {
}
