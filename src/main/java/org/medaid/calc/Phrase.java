package org.medaid.calc;

import java.math.BigDecimal;
import java.util.List;
import org.medaid.model.Money;

/**
 * An explanation as typed pieces: a parsed pattern of {@code explain.properties} and its arguments, kept
 * until the text is asked for (ADR 0046). Amounts stay {@link BigDecimal}s and are formatted only when the
 * line is read, straight into one builder; the text is the same as formatting at once (pinned by the
 * calculator's cases and {@code PhraseTest}). Arguments are immutable (BigDecimal, String, Rate, Phrase, Join).
 */
final class Phrase {

    private final Object[] pieces;
    private final Object[] args;

    Phrase(Object[] pieces, Object[] args) {
        this.pieces = pieces;
        this.args = args;
    }

    /** A rate printed as a percentage (0.65 → 65%), written when the text is. */
    record Rate(BigDecimal value) {
    }

    /** Parts printed one after the other with a separator between them (a schedule's formula). */
    record Join(List<Phrase> parts, String separator) {
    }

    void appendTo(StringBuilder out) {
        for (Object piece : pieces) {
            if (piece instanceof Integer n) {
                append(out, n < args.length ? args[n] : null);
            } else {
                out.append((String) piece);
            }
        }
    }

    private static void append(StringBuilder out, Object a) {
        if (a instanceof BigDecimal b) {
            Money.appendFormatted(out, b);
        } else if (a instanceof Rate r) {
            out.append(Explain.pct(r.value()));
        } else if (a instanceof Phrase p) {
            p.appendTo(out);
        } else if (a instanceof Join j) {
            for (int i = 0; i < j.parts().size(); i++) {
                if (i > 0) {
                    out.append(j.separator());
                }
                j.parts().get(i).appendTo(out);
            }
        } else if (a != null) {
            out.append(a);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(96);
        appendTo(out);
        return out.toString();
    }
}
