package org.medaid.print;

import java.util.Objects;
import org.medaid.model.Bill;

/**
 * The hospital stay or outpatient settlement the slip is for: the bill as settled (dates, level,
 * place, kind, cost breakdown) and the words the bill record does not hold: hospital and diagnosis.
 */
public record SlipStay(Bill bill, String hospital, String diagnosis) {

    public SlipStay {
        Objects.requireNonNull(bill, "bill");
    }
}
