package org.medaid.workflow;

import java.math.BigDecimal;
import java.util.List;
import org.medaid.model.Money;

/**
 * The amount the calculator grants an application (邵医保发〔2021〕32号 三(八), POLICY-NOTES §7.3): the assistance and
 * re-assistance its bills pay once marked as an approved application, over what they pay now, worked out on the person's
 * year ledger (one deductible and one cap for the year, the bills in ledger order, the year's applications already
 * approved or paid counted as approved). {@code lines} say how, per bill, with the clauses; {@code parts} is the figure of
 * each bill of the case; {@code adjustment} is what the year's earlier applications change (their bills recomputed with
 * this case's, less what an earlier override granted above the policy's figure), so {@code computed} is the parts plus
 * the adjustment, never below 0. Nothing is stored until the approval.
 */
public record Grant(BigDecimal computed, List<Part> parts, List<String> lines, BigDecimal adjustment) {

    public Grant {
        parts = List.copyOf(parts);
        lines = List.copyOf(lines);
        adjustment = adjustment == null ? Money.ZERO : adjustment;
    }

    /** A grant of a case with no earlier application in its years. */
    public Grant(BigDecimal computed, List<Part> parts, List<String> lines) {
        this(computed, parts, lines, Money.ZERO);
    }

    /** What one bill of the case adds to the granted amount. */
    public record Part(long billId, java.time.LocalDate settlementDate, BigDecimal amount) {
    }

    /** True when {@code amount} is the computed figure (to the cent). */
    public boolean matches(BigDecimal amount) {
        return amount != null && amount.compareTo(computed) == 0;
    }
}
