package org.medaid.desk.settlement;

import java.util.List;
import java.util.Optional;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.print.AdjustmentSlipData;
import org.medaid.print.PrintDocument;
import org.medaid.print.SlipData;
import org.medaid.printlog.PrintEntry;
import org.medaid.printlog.PrintKind;
import org.medaid.settlement.Adjustment;
import org.medaid.settlement.Settlement;

/**
 * The 结算调整单 of a confirmed adjustment as a {@link PrintJob} (ADR 0031): its own number, the original
 * slip's number, the person and stay as the original slip printed them, each tier's change and why; a
 * second print says 补打. Every print is logged.
 */
public final class AdjustmentJobs {

    private AdjustmentJobs() {
    }

    private static String displayName(DeskServices work, String login) {
        return work.auth().users().stream().filter(u -> u.login().equals(login)).map(u -> u.displayName()).findFirst()
                .orElse(login);
    }

    public static PrintJob slip(DeskServices work, SettlementDesk desk, Session session, PrintSettings settings, Adjustment a) {
        if (a.state() != Adjustment.State.CONFIRMED) {
            throw new IllegalArgumentException("only a confirmed adjustment has a slip: " + a.id());
        }
        return new PrintJob(a.number(), true, true, (paper, ids) -> {
            Settlement s = desk.settlements().forBill(a.billId()).orElseThrow();
            Optional<PrintEntry> first = work.printLog().firstPrint(PrintKind.ADJUSTMENT_SLIP, a.id(), a.version());
            SlipData original = s.slip();
            List<AdjustmentSlipData.Line> lines = a.changes().stream()
                    .map(c -> new AdjustmentSlipData.Line(c.key(), c.before(), c.after(), c.difference())).toList();
            String office = settings.office().isBlank() ? original.office() : settings.office();
            AdjustmentSlipData data = new AdjustmentSlipData(office, a.number(), a.settlementNumber(), original.person().name(),
                    original.person().idNumber(), original.stay().bill().settlementDate(), original.stay().hospital(), lines,
                    ReasonText.reasons(a, java.util.Locale.SIMPLIFIED_CHINESE), displayName(work, a.confirmedBy()),
                    a.confirmedAt().atZone(work.clock().getZone()).toLocalDate(), work.today(), first.isPresent(), ids);
            return new PrintJob.Rendered(PrintDocument.adjustment(data, paper), first.isPresent());
        }, (document, outcome) -> work.printLog().record(PrintKind.ADJUSTMENT_SLIP, a.id(), a.version(), session.login(),
                outcome.status().name()));
    }
}
