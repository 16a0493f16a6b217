package org.medaid.print;

import java.time.LocalDate;
import java.util.Objects;
import org.medaid.calc.BillResult;

/**
 * Everything one 医疗费用三重保障结算单 prints. The desk fills it from the store, the {@code slip} command
 * from a case file. {@code firstPrintedOn} matters only on a reprint (null: not known); a reprint says 补打
 * and the date it was made ({@code printedOn}).
 */
public record SlipData(
        String office,
        SlipPerson person,
        SlipStay stay,
        BillResult result,
        SlipPolicy policy,
        String clerk,
        LocalDate printedOn,
        boolean reprint,
        LocalDate firstPrintedOn,
        IdDisplay idDisplay) {

    public SlipData {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(printedOn, "printedOn");
        idDisplay = idDisplay == null ? IdDisplay.MASKED : idDisplay;
        if (!result.id().equals(stay.bill().id())) {
            throw new IllegalArgumentException("the result is for bill " + result.id() + ", the stay is bill " + stay.bill().id());
        }
    }

    /** The same slip printed again on {@code on}: 补打, remembering when it was first printed. */
    public SlipData reprintedOn(LocalDate on) {
        return new SlipData(office, person, stay, result, policy, clerk, on, true,
                reprint ? firstPrintedOn : printedOn, idDisplay);
    }
}
