package org.medaid.settlement;

import java.time.LocalDate;
import java.util.List;
import org.medaid.bills.StoredBill;
import org.medaid.calc.BillResult;
import org.medaid.model.Bill;
import org.medaid.model.CategorySpan;
import org.medaid.policy.Policy;
import org.medaid.print.IdDisplay;
import org.medaid.print.SlipData;
import org.medaid.print.SlipPerson;
import org.medaid.print.SlipPolicy;
import org.medaid.print.SlipStay;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * The slip of one stored bill as the desk prints it, filled from the store and the bill's computation. The
 * frozen copy a settlement keeps carries the settlement number as its bill's and result's id, so the slip's
 * 编号 line prints the number.
 */
public final class SlipFactory {

    private SlipFactory() {
    }

    /** The slip of {@code bill} as computed now ({@code number} null: not issued, the bill's id is printed). */
    public static SlipData slip(String office, PersonRecord p, List<CategoryRecord> categories, StoredBill bill,
            BillResult result, Policy policy, String clerk, LocalDate on, String number) {
        List<CategorySpan> spans = categories.stream().filter(c -> !c.voided()).map(CategoryRecord::span).toList();
        String address = (p.township() == null ? "" : p.township()) + (p.village() == null ? "" : p.village());
        SlipPerson person = new SlipPerson(p.name(), p.idNumber(), p.insurance(), spans, address.isBlank() ? null : address);
        Bill model = bill.toModel();
        BillResult r = result;
        if (number != null) {
            model = renamed(model, number);
            r = renamed(result, number);
        }
        return new SlipData(office == null || office.isBlank() ? p.township() : office, person,
                new SlipStay(model, bill.bill().hospitalName(), bill.bill().diagnosis()), r, SlipPolicy.of(policy), clerk, on,
                false, null, IdDisplay.MASKED);
    }

    /** The issued slip printed again on {@code on}: 补打, the same figures, the ID shown as chosen now. */
    public static SlipData reprint(Settlement s, LocalDate on, IdDisplay ids) {
        SlipData d = s.slip().reprintedOn(on);
        return new SlipData(d.office(), d.person(), d.stay(), d.result(), d.policy(), d.clerk(), d.printedOn(), true,
                d.firstPrintedOn(), ids);
    }

    /** The issued slip as it was first printed, with the ID shown as chosen now. */
    public static SlipData original(Settlement s, IdDisplay ids) {
        SlipData d = s.slip();
        return new SlipData(d.office(), d.person(), d.stay(), d.result(), d.policy(), d.clerk(), d.printedOn(), false,
                null, ids);
    }

    /** The bill under the settlement's number, every field kept (the one-stop amounts tell who is owed). */
    private static Bill renamed(Bill b, String id) {
        return new Bill(id, b.seq(), b.kind(), b.admitted(), b.discharged(), b.hospitalLevel(), b.location(), b.referred(),
                b.specialDisease(), b.applicationApproved(), b.total(), b.outOfCatalog(), b.classBSelfPay(), b.overLimit(),
                b.basic(), b.criticalIllness(), b.tiltApproved(), b.outOfCatalogApproved(), b.supplementaryInsurance(),
                b.assistance(), b.reAssistance(), b.referredFrom());
    }

    private static BillResult renamed(BillResult r, String id) {
        return new BillResult(id, r.policy(), r.year(), r.total(), r.compliant(), r.payments(), r.selfPay(), r.lines(),
                r.unconfirmed(), r.flags(), r.yearToDate(), r.yearSelfPay(), r.tracks(), r.reAssistanceCarried(),
                r.reAssistanceEntitled(), r.held());
    }
}
