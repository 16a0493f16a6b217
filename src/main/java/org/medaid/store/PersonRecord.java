package org.medaid.store;

import java.time.LocalDate;
import org.medaid.identity.Sex;
import org.medaid.model.Insurance;

/**
 * A person as stored. {@code id} 0 and {@code version} 0 for a person not yet saved. {@code householdHeadId}
 * is the stored id of the 户主 (null when the person is the head); {@code relation} the relation to the head
 * (本人, 配偶, 子女, ...). {@code region} is the 6-digit administrative code of registration.
 */
public record PersonRecord(
        long id,
        long version,
        String name,
        String idNumber,
        LocalDate birthDate,
        Sex sex,
        String region,
        String township,
        String village,
        Long householdHeadId,
        String relation,
        String phone,
        String bankAccount,
        Insurance insurance,
        int enrolmentYear,
        boolean voided) {
}
