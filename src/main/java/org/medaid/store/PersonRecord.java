package org.medaid.store;

import java.time.LocalDate;
import org.medaid.identity.Sex;
import org.medaid.model.Insurance;

/**
 * A person as stored. {@code id} 0 and {@code version} 0 for a person not yet saved. {@code householdHeadId}
 * is the stored id of the 户主 (null when the person is the head); {@code relation} the relation to the head
 * (本人, 配偶, 子女, ...). {@code region} is the person's policy region, the 6-digit GB/T 2260 code of their 户籍
 * (临医保发〔2022〕13号 四): proposed from the ID number at enrolment, afterwards changed only with a reason
 * ({@link PersonStore#changeRegion}), never derived from the ID number again (ADR 0066); {@code bankName} the
 * bank (开户银行) of {@code bankAccount}, null when not recorded.
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
        boolean voided,
        String bankName) {

    /** A person without a recorded bank name (开户银行; §5). */
    public PersonRecord(long id, long version, String name, String idNumber, LocalDate birthDate, Sex sex, String region,
            String township, String village, Long householdHeadId, String relation, String phone, String bankAccount,
            Insurance insurance, int enrolmentYear, boolean voided) {
        this(id, version, name, idNumber, birthDate, sex, region, township, village, householdHeadId, relation, phone,
                bankAccount, insurance, enrolmentYear, voided, null);
    }

    /** The same person with the policy region (户籍地) {@code code}. */
    public PersonRecord withRegion(String code) {
        return new PersonRecord(id, version, name, idNumber, birthDate, sex, code, township, village, householdHeadId,
                relation, phone, bankAccount, insurance, enrolmentYear, voided, bankName);
    }

    /** The same person with the bank's name {@code bank} (blank: none recorded). */
    public PersonRecord withBankName(String bank) {
        return new PersonRecord(id, version, name, idNumber, birthDate, sex, region, township, village, householdHeadId,
                relation, phone, bankAccount, insurance, enrolmentYear, voided, bank == null || bank.isBlank() ? null : bank.strip());
    }
}
