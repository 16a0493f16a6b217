package org.medaid.desk.preview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.medaid.bills.StoredBill;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.ledger.LedgerRow;
import org.medaid.print.PrintDocument;
import org.medaid.print.PrintOutcome;
import org.medaid.print.SlipData;
import org.medaid.printlog.PrintKind;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.Settlement;
import org.medaid.settlement.SettlementService;
import org.medaid.settlement.SlipFactory;
import org.medaid.store.PersonRecord;

/**
 * The slip (医疗费用三重保障结算单) of one bill of the ledger as a {@link PrintJob} (ADR 0031). A bill not yet
 * issued is previewed as it computes now under the number it will take; printing or saving it issues the
 * settlement, which freezes those figures. An issued bill's slip is always the frozen one: a later print is
 * 补打 with the reprint date and the very figures first issued, whatever the bill computes to now.
 */
public final class SlipJobs {

    private SlipJobs() {
    }

    public static PrintJob slip(DeskServices work, Session session, PrintSettings settings, PersonRecord person, LedgerRow row) {
        StoredBill bill = row.bill();
        SettlementService settlements = new SettlementService(work.database(), work.people(), work.bills(),
                work.ledger(), work.policies(), work.clock());
        String title = bill.settlementDate() + " " + (bill.bill().hospitalName() == null ? "" : bill.bill().hospitalName());
        String office = office(settings, person);
        // the draft last shown: when the issued slip holds the same data, the bytes shown are the ones output
        AtomicReference<SlipData> shownDraft = new AtomicReference<>();
        return new PrintJob(title, true, true, (paper, ids) -> {
            Optional<Settlement> issued = settlements.forBill(bill.id());
            LocalDate today = work.today();
            if (issued.isPresent()) {
                Settlement s = issued.get();
                boolean printed = work.printLog().firstPrint(PrintKind.SLIP, bill.id(), s.billVersion()).isPresent();
                SlipData data = printed ? SlipFactory.reprint(s, today, ids) : SlipFactory.original(s, ids);
                return new PrintJob.Rendered(PrintDocument.slip(data, paper), printed);
            }
            SlipData draft = SlipFactory.slip(office, person, work.people().categories(person.id()), bill, row.result(),
                    work.policies().find(person.region(), bill.settlementDate()).orElseThrow(() ->
                            new IllegalStateException("no policy for " + person.region() + " on " + bill.settlementDate())),
                    session.current().displayName(), today, settlements.nextNumber());
            SlipData data = withIds(draft, ids);
            shownDraft.set(data);
            return new PrintJob.Rendered(PrintDocument.slip(data, paper), false);
        }, (document, outcome) -> {
            long version = settlements.forBill(bill.id()).map(Settlement::billVersion).orElse(bill.version());
            work.printLog().record(PrintKind.SLIP, bill.id(), version, session.login(), note(outcome));
        }, (shown, paper, ids, toPrinter) -> {
            SettlementService.Issued i = settlements.issue(bill.id(), toPrinter ? IssuedVia.PRINT : IssuedVia.PDF, office,
                    session.current().displayName(), session.login());
            SlipData frozen = SlipFactory.original(i.settlement(), ids);
            if (!i.fresh() || frozen.equals(shownDraft.get())) {
                return shown;
            }
            // something changed between preview and issue (another slip took the number): print what was issued
            return PrintDocument.slip(frozen, paper);
        });
    }

    private static SlipData withIds(SlipData d, org.medaid.print.IdDisplay ids) {
        return new SlipData(d.office(), d.person(), d.stay(), d.result(), d.policy(), d.clerk(), d.printedOn(), d.reprint(),
                d.firstPrintedOn(), ids);
    }

    static String office(PrintSettings settings, PersonRecord person) {
        String o = settings.office();
        return o.isBlank() ? person.township() : o;
    }

    /** What the print log notes: printed, or saved and where (at most 200 characters). */
    static String note(PrintOutcome o) {
        String n = o.status().name() + (o.savedTo() == null ? "" : " " + o.savedTo());
        return n.length() <= 200 ? n : n.substring(0, 197) + "...";
    }

}
