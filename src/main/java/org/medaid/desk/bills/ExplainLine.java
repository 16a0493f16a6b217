package org.medaid.desk.bills;

/** One line of the calculator's explanation: the tier's name, the arithmetic in words, the clause. */
public record ExplainLine(String tier, String text, String source) {
}
