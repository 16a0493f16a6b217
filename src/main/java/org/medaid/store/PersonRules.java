package org.medaid.store;

import java.time.LocalDate;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.RegionCodes;

/**
 * What a person must satisfy before it is stored: a name, a valid ID number (birth date and sex are then taken from
 * the number, never typed twice), a policy region of their own (户籍地, 临医保发〔2022〕13号 四: a GB/T 2260 code,
 * proposed from the ID number's first six digits when none is given, ADR 0066), insurance, a year.
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
        String region = p.region() == null || p.region().isBlank() ? id.regionCode() : p.region().strip();
        if (!RegionCodes.bundled().known(region)) {
            throw new IllegalArgumentException("policy region " + region + " is not a GB/T 2260 code");
        }
        return new PersonRecord(p.id(), p.version(), p.name().strip(), id.normalized(), id.birthDate(), id.sex(),
                region, blankToNull(p.township()), blankToNull(p.village()), p.householdHeadId(),
                blankToNull(p.relation()), blankToNull(p.phone()), blankToNull(p.bankAccount()), p.insurance(),
                p.enrolmentYear(), p.voided(), blankToNull(p.bankName()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
