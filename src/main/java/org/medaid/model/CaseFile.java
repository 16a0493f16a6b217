package org.medaid.model;

import java.util.List;

/** A person, their bills and optionally a premium request: the input of one calculation. */
public record CaseFile(Person person, List<Bill> bills, PremiumRequest premium) {

    public CaseFile {
        bills = bills == null ? List.of() : List.copyOf(bills);
    }
}
