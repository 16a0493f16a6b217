package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medaid.calc.BillResult;
import org.medaid.calc.Tier;

/**
 * Everything one 医疗救助申请审批表 prints: the applicant and household, the bank account the money goes
 * to, the bills with what each tier paid, and the stages so far ({@link ApplicationStages}; a stage not
 * yet reached prints blank, to be filled by hand). The workflow fills it from the store. {@code grant} is the amount the
 * policy computes (ADR 0056) and the approval the case lost when it was sent back (ADR 0064); null where none applies.
 */
public record ApplicationFormData(
        String office,
        String number,
        Applicant applicant,
        List<Member> household,
        BankAccount bank,
        List<FormBill> bills,
        String statement,
        ApplicationStages stages,
        LocalDate printedOn,
        IdDisplay idDisplay,
        BigDecimal requested,
        Grant grant) {

    /** A form without the policy's computed figure. */
    public ApplicationFormData(String office, String number, Applicant applicant, List<Member> household, BankAccount bank,
            List<FormBill> bills, String statement, ApplicationStages stages, LocalDate printedOn, IdDisplay idDisplay,
            BigDecimal requested) {
        this(office, number, applicant, household, bank, bills, statement, stages, printedOn, idDisplay, requested, null);
    }

    /**
     * The granted amount as the policy computes it ({@code computed}: the figure stored at approval, or the calculator's
     * figure on the day of printing while the county has still to decide, {@code atApproval} says which; null when the
     * bills compute none) and {@code returned}, the approval the case held before it was sent back for review.
     */
    public record Grant(BigDecimal computed, boolean atApproval, String clause, Returned returned) {
    }

    /** An approval taken away when the case went back to 乡镇审核: the day, the amount, the computed figure, the reason. */
    public record Returned(LocalDate on, BigDecimal amount, BigDecimal computed, String reason) {
    }

    /** A form without the amount applied for (printed blank). */
    public ApplicationFormData(String office, String number, Applicant applicant, List<Member> household, BankAccount bank,
            List<FormBill> bills, String statement, ApplicationStages stages, LocalDate printedOn, IdDisplay idDisplay) {
        this(office, number, applicant, household, bank, bills, statement, stages, printedOn, idDisplay, null);
    }

    public ApplicationFormData {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(printedOn, "printedOn");
        household = household == null ? List.of() : List.copyOf(household);
        bills = bills == null ? List.of() : List.copyOf(bills);
        idDisplay = idDisplay == null ? IdDisplay.FULL : idDisplay;
    }

    /** The person who applies (申请人), as printed. */
    public record Applicant(String name, String sex, String idNumber, String phone, String address, String categories,
            String insurance) {
    }

    /** A member of the applicant's household (家庭成员). */
    public record Member(String name, String relation, String idNumber, String note) {
    }

    /** Where the assistance is paid (开户银行, 户名, 账号). */
    public record BankAccount(String bank, String holder, String number) {
    }

    /** One bill the application covers, with what the calculator says each tier pays. */
    public record FormBill(String hospital, LocalDate admitted, LocalDate discharged, BigDecimal total, BigDecimal compliant,
            BigDecimal basic, BigDecimal criticalIllness, BigDecimal assistance, BigDecimal selfPay) {

        /** From the bill's settlement; assistance here is 医疗救助 and 再救助 together. */
        public static FormBill of(String hospital, LocalDate admitted, LocalDate discharged, BillResult r) {
            BigDecimal assistance = r.paid(Tier.assistance).add(r.paid(Tier.reAssistance));
            return new FormBill(hospital, admitted, discharged, r.total(), r.compliant(), r.paid(Tier.basic),
                    r.paid(Tier.criticalIllness), assistance, r.selfPay());
        }
    }
}
