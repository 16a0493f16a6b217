package org.medaid.desk.settlement;

import org.medaid.settlement.Adjustment;

/** One line of the adjustment queue: the adjustment and whose bill it is (name as the original slip printed it). */
public record AdjustmentItem(Adjustment adjustment, String personName) {

    public boolean pending() {
        return adjustment.state() == Adjustment.State.PENDING;
    }
}
