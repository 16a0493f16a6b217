package org.medaid.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medaid.calc.Line;
import org.medaid.calc.Tier;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.model.Money;

/**
 * Works out an application's {@link Grant} from its bills as they are stored now (ADR 0056): each year of the case is
 * computed twice on the person's ledger, as it stands and with the case's bills marked approved
 * (邵医保发〔2021〕32号 二(八): 依申请、经审核后); the grant is what assistance and re-assistance gain on the case's bills.
 * A bill already marked approved, or on a track paid without application, gains nothing: the burden is paid once.
 */
final class Grants {

    private static final List<Tier> RELIEF = List.of(Tier.assistance, Tier.reAssistance);

    private final LedgerService ledger;

    Grants(LedgerService ledger) {
        this.ledger = ledger;
    }

    Grant of(AssistanceApplication a) {
        Map<Integer, Set<Long>> byYear = new TreeMap<>();
        for (ApplicationBill b : a.bills()) {
            byYear.computeIfAbsent(b.settlementDate().getYear(), y -> new LinkedHashSet<>()).add(b.billId());
        }
        BigDecimal total = Money.ZERO;
        List<Grant.Part> parts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Integer, Set<Long>> year : byYear.entrySet()) {
            YearLedgerView now = ledger.year(a.personId(), year.getKey());
            YearLedgerView approved = ledger.yearApproved(a.personId(), year.getKey(), year.getValue());
            for (long billId : year.getValue()) {
                LedgerRow before = now.row(billId).orElse(null);
                LedgerRow after = approved.row(billId).orElse(null);
                if (before == null || after == null || !before.computed() || !after.computed()) {
                    continue; // a voided bill grants nothing; the review has seen it (FIGURES_NOT_REVIEWED)
                }
                BigDecimal gain = Money.ZERO;
                for (Tier t : RELIEF) {
                    gain = gain.add(after.paid(t).subtract(before.paid(t)));
                }
                gain = gain.signum() < 0 ? Money.ZERO : Money.round2(gain);
                parts.add(new Grant.Part(billId, after.bill().settlementDate(), gain));
                total = total.add(gain);
                lines.add(after.bill().settlementDate() + " " + nonNull(after.bill().bill().hospitalName()) + "："
                        + Money.format(gain));
                for (Line l : after.result().lines()) {
                    if (RELIEF.stream().anyMatch(t -> t.name().equals(l.tier()))) {
                        lines.add("  " + l.text());
                    }
                }
            }
        }
        return new Grant(Money.round2(total), parts, lines);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
