package org.medaid.insurance;

import java.util.List;

/**
 * What a tax department's return file did: rows marked 已缴费, rows already so, and the lines refused with their
 * sentence (an ID number not on the year's list, a row not yet sent, a bad date). All or nothing.
 */
public record TaxReturn(int paid, int alreadyPaid, List<String> refused) {

    public TaxReturn {
        refused = List.copyOf(refused);
    }
}
