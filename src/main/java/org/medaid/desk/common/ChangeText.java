package org.medaid.desk.common;

import java.util.ArrayList;
import java.util.List;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Tier;
import org.medaid.ledger.BillChange;
import org.medaid.ledger.LedgerDiff;
import org.medaid.ledger.YearLedgerView;

/**
 * What a correction, void or new bill changed in the other bills of the year, in the clerk's words:
 * "2024-05-10 兰山区人民医院：医疗救助 1,200.00 → 900.00（−300.00）".
 */
public final class ChangeText {

    private ChangeText() {
    }

    /** One sentence per changed bill other than {@code except} (the bill being typed, corrected or voided). */
    public static List<String> lines(LedgerDiff diff, YearLedgerView after, YearLedgerView before, long except,
            Texts text) {
        List<String> out = new ArrayList<>();
        if (diff == null) {
            return out;
        }
        for (BillChange c : diff.changes()) {
            if (c.billId() == except) {
                continue;
            }
            StoredBill b = bill(c.billId(), after, before);
            out.add(line(c, b, text));
        }
        return out;
    }

    /** The bill's name and the tiers that moved. */
    public static String line(BillChange c, StoredBill b, Texts text) {
        String name = b == null ? text.format("change.bill", c.billId())
                : text.format("change.billNamed", b.settlementDate(), b.bill().hospitalName() == null ? "" : b.bill().hospitalName());
        return name + text.get("change.colon") + tiers(c, text);
    }

    /** "医疗救助 1,200.00 → 900.00（−300.00），个人负担 …" for the tiers whose amount changed. */
    public static String tiers(BillChange c, Texts text) {
        List<String> parts = new ArrayList<>();
        for (Tier t : Tier.values()) {
            if (c.delta(t).signum() != 0) {
                parts.add(text.format("change.tier", text.label(t), MoneyText.format(c.before().get(t)),
                        MoneyText.format(c.after().get(t)), MoneyText.delta(c.delta(t))));
            }
        }
        if (c.selfPayDelta().signum() != 0) {
            parts.add(text.format("change.tier", text.get("change.selfPay"), MoneyText.format(c.selfPayBefore()),
                    MoneyText.format(c.selfPayAfter()), MoneyText.delta(c.selfPayDelta())));
        }
        return String.join(text.get("change.separator"), parts);
    }

    private static StoredBill bill(long id, YearLedgerView after, YearLedgerView before) {
        if (after != null && after.row(id).isPresent()) {
            return after.row(id).get().bill();
        }
        return before == null ? null : before.row(id).map(r -> r.bill()).orElse(null);
    }
}
