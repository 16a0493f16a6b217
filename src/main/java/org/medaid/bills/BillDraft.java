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
        BigDecimal tiltApproved) {

    /** Discharge date for a stay, the visit date for outpatient bills; null while neither is typed. */
    public LocalDate settlementDate() {
        return discharged != null ? discharged : admitted;
    }

    /** The calculator's bill; only for a draft {@link BillValidator} found nothing wrong with. */
    public Bill toModel(String id, Long seq) {
        return new Bill(id, seq, kind, admitted, discharged, hospitalLevel, location, referred, blankToNull(specialDisease),
                applicationApproved, total, outOfCatalog, classBSelfPay, overLimit, basic, criticalIllness, tiltApproved);
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
                orNull(tiltApproved));
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
