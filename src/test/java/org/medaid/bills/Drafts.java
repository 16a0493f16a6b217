package org.medaid.bills;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Copies of a draft with one field changed, for tests. */
public final class Drafts {

    private Drafts() {
    }

    public static BillDraft withTotal(BillDraft d, String total) {
        return new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), d.hospitalName(), d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), money(total),
                d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), d.basic(), d.criticalIllness(), d.tiltApproved());
    }

    public static BillDraft withDates(BillDraft d, LocalDate admitted, LocalDate discharged) {
        return new BillDraft(d.personId(), d.kind(), admitted, discharged, d.hospitalName(), d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(),
                d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), d.basic(), d.criticalIllness(), d.tiltApproved());
    }

    public static BillDraft withParts(BillDraft d, String outOfCatalog, String classBSelfPay, String overLimit) {
        return new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), d.hospitalName(), d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(),
                money(outOfCatalog), money(classBSelfPay), money(overLimit), d.basic(), d.criticalIllness(), d.tiltApproved());
    }

    public static BillDraft withSettled(BillDraft d, String basic, String criticalIllness) {
        return new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), d.hospitalName(), d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(),
                d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), money(basic), money(criticalIllness), d.tiltApproved());
    }

    public static BillDraft withTilt(BillDraft d, String tiltApproved) {
        return new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), d.hospitalName(), d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(),
                d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), d.basic(), d.criticalIllness(), money(tiltApproved));
    }

    public static BillDraft withHospital(BillDraft d, String hospitalName) {
        return new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), hospitalName, d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(),
                d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), d.basic(), d.criticalIllness(), d.tiltApproved());
    }

    public static BillDraft forPerson(BillDraft d, long personId) {
        return new BillDraft(personId, d.kind(), d.admitted(), d.discharged(), d.hospitalName(), d.hospitalLevel(),
                d.location(), d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(),
                d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), d.basic(), d.criticalIllness(), d.tiltApproved());
    }

    private static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
