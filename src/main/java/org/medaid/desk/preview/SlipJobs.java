package org.medaid.desk.preview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medaid.bills.StoredBill;
import org.medaid.desk.screens.Session;
import org.medaid.desk.screens.WorkServices;
import org.medaid.ledger.LedgerRow;
import org.medaid.model.CategorySpan;
import org.medaid.print.PrintDocument;
import org.medaid.print.PrintOutcome;
import org.medaid.print.SlipData;
import org.medaid.print.SlipPerson;
import org.medaid.print.SlipPolicy;
import org.medaid.print.SlipStay;
import org.medaid.printlog.PrintEntry;
import org.medaid.printlog.PrintKind;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * The slip (医疗费用三重保障结算单) of one bill of the ledger as a {@link PrintJob}: filled from the store
 * and the bill's computation in its year, marked 补打 with the first print's date when this version of
 * the bill was printed before, and logged with the bill's version once printed or saved.
 */
public final class SlipJobs {

    private SlipJobs() {
    }

    public static PrintJob slip(WorkServices work, Session session, PrintSettings settings, PersonRecord person, LedgerRow row) {
        StoredBill bill = row.bill();
        String title = bill.settlementDate() + " " + (bill.bill().hospitalName() == null ? "" : bill.bill().hospitalName());
        return new PrintJob(title, true, true, (paper, ids) -> {
            Optional<PrintEntry> first = work.printLog().firstPrint(PrintKind.SLIP, bill.id(), bill.version());
            LocalDate today = work.today();
            SlipData data = new SlipData(office(settings, person), person(work, person), stay(bill), row.result(),
                    policy(work, person, bill), session.current().displayName(), today, first.isPresent(),
                    first.map(e -> e.printedOn(work.clock().getZone())).orElse(null), ids);
            return new PrintJob.Rendered(PrintDocument.slip(data, paper), first.isPresent());
        }, (document, outcome) -> work.printLog().record(PrintKind.SLIP, bill.id(), bill.version(), session.login(),
                note(outcome)));
    }

    static String office(PrintSettings settings, PersonRecord person) {
        String o = settings.office();
        return o.isBlank() ? person.township() : o;
    }

    private static SlipPerson person(WorkServices work, PersonRecord p) {
        List<CategorySpan> spans = work.desk().people().categories(p.id()).stream().filter(c -> !c.voided())
                .map(CategoryRecord::span).toList();
        String address = (p.township() == null ? "" : p.township()) + (p.village() == null ? "" : p.village());
        return new SlipPerson(p.name(), p.idNumber(), p.insurance(), spans, address.isBlank() ? null : address);
    }

    private static SlipStay stay(StoredBill b) {
        return new SlipStay(b.toModel(), b.bill().hospitalName(), b.bill().diagnosis());
    }

    private static SlipPolicy policy(WorkServices work, PersonRecord p, StoredBill b) {
        return work.desk().policies().find(p.region(), b.settlementDate()).map(SlipPolicy::of)
                .orElseThrow(() -> new IllegalStateException("no policy for " + p.region() + " on " + b.settlementDate()));
    }

    /** What the print log notes: printed, or saved and where (at most 200 characters). */
    static String note(PrintOutcome o) {
        String n = o.status().name() + (o.savedTo() == null ? "" : " " + o.savedTo());
        return n.length() <= 200 ? n : n.substring(0, 197) + "...";
    }
}
