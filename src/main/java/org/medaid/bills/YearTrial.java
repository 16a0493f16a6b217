package org.medaid.bills;

import org.medaid.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.medaid.calc.CalculationException;
import org.medaid.calc.Calculator;
import org.medaid.model.Bill;
import org.medaid.model.CaseFile;
import org.medaid.model.Person;

/**
 * Computes the person's years touched by a change before it is written: a bill whose year no longer
 * computes with it (a reviewed tilt amount that is now more than what is left, say, on this bill or a
 * later one) is refused, so nothing is saved that the ledger could not show.
 */
final class YearTrial {

    private final Calculator calculator;

    YearTrial(Calculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The problem, if any, of the years {@code years} of the person's live bills with {@code replacedId}
     * left out (0: none) and {@code added} put in (null: none).
     */
    List<BillProblem> check(Tx c, Person person, long personId, Set<Integer> years, long replacedId, Bill added)
            throws SQLException {
        TreeSet<Integer> sorted = new TreeSet<>(years);
        List<Bill> bills = new ArrayList<>();
        for (StoredBill b : BillRows.forPerson(c, personId, sorted.first(), sorted.last())) {
            if (!b.voided() && b.id() != replacedId && years.contains(b.settlementDate().getYear())) {
                bills.add(b.toModel());
            }
        }
        if (added != null) {
            bills.add(added);
        }
        try {
            calculator.calculate(new CaseFile(person, bills, null));
            return List.of();
        } catch (CalculationException | IllegalArgumentException e) {
            return List.of(BillProblem.of(BillProblem.Code.CANNOT_COMPUTE, null, e.getMessage()));
        }
    }
}
