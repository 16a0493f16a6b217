package org.medaid.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One hospital stay or outpatient settlement, with the cost breakdown of the settlement sheet
 * (POLICY-NOTES §1). {@code basic} and {@code criticalIllness}, when not null, are what the hospital
 * already settled and are taken as they are. {@code seq} is the entry order (null: ordered by id among
 * bills settled on the same day). {@code tiltApproved} is a re-assistance amount decided by review,
 * for policies whose tilt is fixed by hand (邵医保发〔2021〕32号 三(八)).
 * <p>The later fields (POLICY-NOTES §7, §8): {@code outOfCatalogApproved} marks an approved special case
 * whose out-of-catalogue share is not borne by the hospital (广西 三(五)); {@code supplementaryInsurance}
 * is what a supplementary insurance paid as settled (特惠保, 其他补充医疗保险); {@code assistance} and
 * {@code reAssistance}, when not null, are what the hospital settled one-stop (一站式结算), taken as given;
 * {@code referredFrom} names the earlier stay a referred stay continues (邵医保发〔2021〕32号 四(十二)).
 */
public record Bill(
        String id,
        Long seq,
        BillKind kind,
        LocalDate admitted,
        LocalDate discharged,
        HospitalLevel hospitalLevel,
        Location location,
        boolean referred,
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
        String referredFrom) {

    /** A bill without the fields of POLICY-NOTES §7 and §8. */
    public Bill(String id, Long seq, BillKind kind, LocalDate admitted, LocalDate discharged, HospitalLevel hospitalLevel,
            Location location, boolean referred, String specialDisease, boolean applicationApproved, BigDecimal total,
            BigDecimal outOfCatalog, BigDecimal classBSelfPay, BigDecimal overLimit, BigDecimal basic,
            BigDecimal criticalIllness, BigDecimal tiltApproved) {
        this(id, seq, kind, admitted, discharged, hospitalLevel, location, referred, specialDisease, applicationApproved,
                total, outOfCatalog, classBSelfPay, overLimit, basic, criticalIllness, tiltApproved, false, null, null, null, null);
    }

    public Bill {
        Objects.requireNonNull(id, "bill id");
        Objects.requireNonNull(kind, "bill kind");
        if (admitted == null && discharged == null) {
            throw new IllegalArgumentException("bill " + id + " has no date");
        }
        if (admitted != null && discharged != null && discharged.isBefore(admitted)) {
            throw new IllegalArgumentException("bill " + id + " is discharged " + discharged + " before admission " + admitted);
        }
        hospitalLevel = hospitalLevel == null ? HospitalLevel.COUNTY : hospitalLevel;
        location = location == null ? Location.IN_COUNTY : location;
        total = money(id, "total", total, true);
        outOfCatalog = money(id, "outOfCatalog", outOfCatalog, false);
        classBSelfPay = money(id, "classBSelfPay", classBSelfPay, false);
        overLimit = money(id, "overLimit", overLimit, false);
        basic = basic == null ? null : money(id, "basic", basic, true);
        criticalIllness = criticalIllness == null ? null : money(id, "criticalIllness", criticalIllness, true);
        tiltApproved = tiltApproved == null ? null : money(id, "tiltApproved", tiltApproved, true);
        supplementaryInsurance = supplementaryInsurance == null ? null
                : money(id, "supplementaryInsurance", supplementaryInsurance, true);
        assistance = assistance == null ? null : money(id, "assistance", assistance, true);
        reAssistance = reAssistance == null ? null : money(id, "reAssistance", reAssistance, true);
        referredFrom = referredFrom == null || referredFrom.isBlank() ? null : referredFrom.strip();
        if (referredFrom != null && referredFrom.equals(id)) {
            throw new IllegalArgumentException("bill " + id + ": referredFrom names the bill itself");
        }
        BigDecimal compliant = total.subtract(outOfCatalog).subtract(classBSelfPay).subtract(overLimit);
        if (compliant.signum() < 0) {
            throw new IllegalArgumentException("bill " + id + ": outOfCatalog + classBSelfPay + overLimit ("
                    + total.subtract(compliant) + ") exceed the total " + total + " (compliant cost below zero)");
        }
        BigDecimal settled = (basic == null ? Money.ZERO : basic).add(criticalIllness == null ? Money.ZERO : criticalIllness);
        if (settled.compareTo(compliant) > 0) {
            throw new IllegalArgumentException("bill " + id + ": basic + criticalIllness settled by the hospital ("
                    + settled + ") exceed the compliant cost " + compliant);
        }
        for (BigDecimal part : new BigDecimal[] {supplementaryInsurance, assistance, reAssistance}) {
            settled = settled.add(part == null ? Money.ZERO : part);
        }
        if (settled.compareTo(total) > 0) {
            throw new IllegalArgumentException("bill " + id + ": the amounts settled by the hospital and the insurers ("
                    + settled + ") exceed the total " + total);
        }
    }

    private static BigDecimal money(String id, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("bill " + id + ": " + field + " is missing");
            }
            return Money.ZERO;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("bill " + id + ": " + field + " is below zero (" + value.toPlainString() + ")");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("bill " + id + ": " + field + " has more than two decimals (" + value.toPlainString() + ")");
        }
        return Money.round2(value);
    }

    /** Discharge date for a stay; the visit date for outpatient bills (POLICY-NOTES §2). */
    public LocalDate settlementDate() {
        return discharged != null ? discharged : admitted;
    }

    /** 政策范围内费用 = total − outOfCatalog − classBSelfPay − overLimit. */
    public BigDecimal compliant() {
        return total.subtract(outOfCatalog).subtract(classBSelfPay).subtract(overLimit);
    }
}
