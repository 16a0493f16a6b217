package org.medaid.calc;

/** One line of explanation: which tier, the arithmetic in words, and the clause it comes from. */
public record Line(String tier, String text, String source) {
}
