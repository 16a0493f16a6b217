package org.medaid.bills;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;
import org.medaid.model.Money;

/**
 * A bill as the clerk types it, from the national settlement record (医保结算 2304): every field of
 * {@link Bill} plus the person, the hospital's name and the diagnosis. Nothing is checked here, so the
 * screen can hold half-typed input; {@link BillValidator} says what is wrong, with codes.
 * {@code basic} and {@code criticalIllness} are null unless the hospital's settlement sheet prints them.
 * The later inputs (POLICY-NOTES §7, §8; V23): {@code outOfCatalogApproved} an approved special case of 广西 三(五);
 * {@code supplementaryInsurance} what 特惠保 / 其他补充医疗保险 paid; {@code assistance} and {@code reAssistance} what the
 * hospital settled one-stop (null: claimed afterwards); {@code referredFrom} the id of the person's earlier stay this
 * referred stay continues (邵医保发〔2021〕32号 四(十二)).
 */
public record BillDraft(
        long personId,
        BillKind kind,
        LocalDate admitted,
        LocalDate discharged,
        String hospitalName,
        HospitalLevel hospitalLevel,
        Location location,
        boolean referred,
        String diagnosis,
        String specialDisease,
        boolean applicationApproved,
        BigDecimal total,
        BigDecimal outOfCatalog,
        BigDecimal classBSelfPay,
        BigDecimal overLimit,
        BigDecimal basic,
        BigDecimal criticalIllness,
        BigDecimal tiltApproved,
        boolean outOfCatalogApproved,
        BigDecimal supplementaryInsurance,
        BigDecimal assistance,
        BigDecimal reAssistance,
        Long referredFrom) {

    /** A draft without the inputs of POLICY-NOTES §7 and §8. */
    public BillDraft(long personId, BillKind kind, LocalDate admitted, LocalDate discharged, String hospitalName,
            HospitalLevel hospitalLevel, Location location, boolean referred, String diagnosis, String specialDisease,
            boolean applicationApproved, BigDecimal total, BigDecimal outOfCatalog, BigDecimal classBSelfPay,
            BigDecimal overLimit, BigDecimal basic, BigDecimal criticalIllness, BigDecimal tiltApproved) {
        this(personId, kind, admitted, discharged, hospitalName, hospitalLevel, location, referred, diagnosis, specialDisease,
                applicationApproved, total, outOfCatalog, classBSelfPay, overLimit, basic, criticalIllness, tiltApproved, false,
                null, null, null, null);
    }

    /** The same draft with the later inputs set. */
    public BillDraft withSecondAudit(boolean approved, BigDecimal supplementary, BigDecimal settledAssistance,
            BigDecimal settledReAssistance, Long earlierStay) {
        return new BillDraft(personId, kind, admitted, discharged, hospitalName, hospitalLevel, location, referred, diagnosis,
                specialDisease, applicationApproved, total, outOfCatalog, classBSelfPay, overLimit, basic, criticalIllness,
                tiltApproved, approved, supplementary, settledAssistance, settledReAssistance, earlierStay);
    }

    /** The same draft marked (or not) as an approved application for high medical costs (邵医保发〔2021〕32号 三(八)). */
    public BillDraft withApplicationApproved(boolean approved) {
        return new BillDraft(personId, kind, admitted, discharged, hospitalName, hospitalLevel, location, referred, diagnosis,
                specialDisease, approved, total, outOfCatalog, classBSelfPay, overLimit, basic, criticalIllness, tiltApproved,
                outOfCatalogApproved, supplementaryInsurance, assistance, reAssistance, referredFrom);
    }

    /** Discharge date for a stay, the visit date for outpatient bills; null while neither is typed. */
    public LocalDate settlementDate() {
        return discharged != null ? discharged : admitted;
    }

    /** The calculator's bill; only for a draft {@link BillValidator} found nothing wrong with. */
    public Bill toModel(String id, Long seq) {
        return new Bill(id, seq, kind, admitted, discharged, hospitalLevel, location, referred, blankToNull(specialDisease),
                applicationApproved, total, outOfCatalog, classBSelfPay, overLimit, basic, criticalIllness, tiltApproved,
                outOfCatalogApproved, supplementaryInsurance, assistance, reAssistance,
                referredFrom == null ? null : StoredBill.modelId(referredFrom));
    }

    /**
     * The draft as it is stored: amounts to two places, absent parts as 0.00, level and location defaulted
     * as {@link Bill} defaults them, text trimmed. Only for a draft without problems.
     */
    public BillDraft normalized() {
        return new BillDraft(personId, kind, admitted, discharged, blankToNull(hospitalName),
                hospitalLevel == null ? HospitalLevel.COUNTY : hospitalLevel, location == null ? Location.IN_COUNTY : location,
                referred, blankToNull(diagnosis), blankToNull(specialDisease), applicationApproved, Money.round2(total),
                part(outOfCatalog), part(classBSelfPay), part(overLimit), orNull(basic), orNull(criticalIllness),
                orNull(tiltApproved), outOfCatalogApproved, orNull(supplementaryInsurance), orNull(assistance),
                orNull(reAssistance), referredFrom);
    }

    private static BigDecimal part(BigDecimal v) {
        return v == null ? Money.ZERO : Money.round2(v);
    }

    private static BigDecimal orNull(BigDecimal v) {
        return v == null ? null : Money.round2(v);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
