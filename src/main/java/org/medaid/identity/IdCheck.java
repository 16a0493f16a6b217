package org.medaid.identity;

import java.time.LocalDate;

/**
 * The result of checking a resident ID number: {@code problem} null when it is valid, and then the
 * birth date, sex and 6-digit region code read from it. {@code normalized} is the number trimmed with a
 * lowercase x made uppercase.
 */
public record IdCheck(String normalized, IdProblem problem, LocalDate birthDate, Sex sex, String regionCode) {

    static IdCheck refused(String normalized, IdProblem problem) {
        return new IdCheck(normalized, problem, null, null, null);
    }

    public boolean valid() {
        return problem == null;
    }
}
