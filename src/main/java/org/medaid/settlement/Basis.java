package org.medaid.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.YearLedgerView;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.store.CategoryRecord;

/**
 * What an issued bill's figures were computed from: the year's bills (id, version, void), the person's
 * categories and the policy's figures. Compared with the basis of a later computation it says why the
 * figures changed (ADR 0031).
 */
public record Basis(List<BasisBill> bills, List<String> categories, Map<String, String> figures) {

    /** One bill of the year as it stood. */
    public record BasisBill(long id, long version, boolean voided, LocalDate settled, String hospital) {
    }

    public Basis {
        bills = bills == null ? List.of() : List.copyOf(bills);
        categories = categories == null ? List.of() : List.copyOf(categories);
        figures = figures == null ? Map.of() : new TreeMap<>(figures);
    }

    public static Basis of(YearLedgerView year, List<CategoryRecord> categories, Policy policy) {
        List<BasisBill> bills = year.rows().stream().map(LedgerRow::bill).map(b -> new BasisBill(b.id(), b.version(),
                b.voided(), b.settlementDate(), b.bill().hospitalName())).toList();
        List<String> held = categories.stream().map(c -> c.code() + " " + c.from() + " " + c.to() + (c.voided() ? " void" : ""))
                .sorted().toList();
        Map<String, String> figures = policy == null ? Map.of() : policy.parameters().stream().collect(Collectors.toMap(
                Param::name, p -> (p.value() == null ? "-" : p.value().toPlainString()) + (p.unconfirmed() ? "?" : ""),
                (a, b) -> a, TreeMap::new));
        return new Basis(bills, held, figures);
    }

    /** Why the figures of bill {@code billId} (settled on {@code settled}) differ under {@code now} from this basis. */
    public List<Reason> changesTo(Basis now, long billId, LocalDate settled) {
        List<Reason> out = new ArrayList<>();
        Map<Long, BasisBill> then = bills.stream().collect(Collectors.toMap(BasisBill::id, Function.identity()));
        for (BasisBill b : now.bills) {
            BasisBill old = then.get(b.id());
            String date = String.valueOf(b.settled());
            String hospital = b.hospital() == null ? "" : b.hospital();
            if (b.id() == billId) {
                if (b.voided() && (old == null || !old.voided())) {
                    out.add(Reason.of(Reason.Code.THIS_BILL_VOIDED, date, hospital));
                } else if (old != null && old.version() != b.version()) {
                    out.add(Reason.of(Reason.Code.THIS_BILL_CORRECTED, date, hospital));
                }
            } else if (old == null) {
                if (!b.voided() && b.settled() != null && !b.settled().isAfter(settled)) {
                    out.add(Reason.of(Reason.Code.EARLIER_BILL, date, hospital));
                }
            } else if (b.voided() && !old.voided()) {
                out.add(Reason.of(Reason.Code.BILL_VOIDED, date, hospital));
            } else if (old.version() != b.version()) {
                out.add(Reason.of(Reason.Code.BILL_CORRECTED, date, hospital));
            }
        }
        if (!categories.equals(now.categories)) {
            out.add(Reason.of(Reason.Code.CATEGORY_CHANGED));
        }
        List<String> changed = now.figures.keySet().stream()
                .filter(k -> !Objects.equals(figures.get(k), now.figures.get(k))).toList();
        if (!changed.isEmpty()) {
            out.add(new Reason(Reason.Code.POLICY_FIGURES, changed.size() > 5 ? changed.subList(0, 5) : changed));
        }
        if (out.isEmpty()) {
            out.add(Reason.of(Reason.Code.RECOMPUTED));
        }
        return List.copyOf(out);
    }
}
