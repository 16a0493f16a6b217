package org.medaid.store;

import java.time.LocalDate;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Insurance;

/** Fictional people for store tests. */
public final class People {

    private People() {
    }

    public static String id(String region, int year, int sequence) {
        return IdNumbers.compose(region, LocalDate.of(year, 3, 15), sequence);
    }

    public static PersonRecord person(String name, String idNumber, String village) {
        return new PersonRecord(0, 0, name, idNumber, null, null, null, "六都寨镇", village, null, null,
                "13800000000", "6230000000000000007", Insurance.RESIDENT, 2024, false);
    }

    public static PersonRecord member(String name, String idNumber, String village, long headId, String relation) {
        return new PersonRecord(0, 0, name, idNumber, null, null, null, "六都寨镇", village, headId, relation,
                null, null, Insurance.RESIDENT, 2024, false);
    }
}
