package org.medaid.store;

import java.time.LocalDate;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.RegionCodes;

/**
 * What a person must satisfy before it is stored: a name, a valid ID number of the four regions
 * (birth date, sex and region are then taken from the number, never typed twice), insurance, a year.
 */
final class PersonRules {

    private PersonRules() {
    }

    static PersonRecord checked(PersonRecord p, LocalDate today) {
        if (p.name() == null || p.name().isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        if (p.insurance() == null) {
            throw new IllegalArgumentException("a person needs an insurance type");
        }
        if (p.enrolmentYear() < 1990 || p.enrolmentYear() > today.getYear() + 1) {
            throw new IllegalArgumentException("enrolment year " + p.enrolmentYear() + " is not plausible");
        }
        IdCheck id = IdNumbers.checkInRegions(p.idNumber(), today, RegionCodes.bundled());
        if (!id.valid()) {
            throw new InvalidIdNumberException(id.normalized(), id.problem());
        }
        return new PersonRecord(p.id(), p.version(), p.name().strip(), id.normalized(), id.birthDate(), id.sex(),
                id.regionCode(), blankToNull(p.township()), blankToNull(p.village()), p.householdHeadId(),
                blankToNull(p.relation()), blankToNull(p.phone()), blankToNull(p.bankAccount()), p.insurance(),
                p.enrolmentYear(), p.voided(), blankToNull(p.bankName()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
