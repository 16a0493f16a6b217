package org.medaid.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;
import org.medaid.workflow.RecoveryAccount;
import org.medaid.workflow.RecoveryReturn;

/**
 * The recovery list (追回清单, ADR 0077) as tables: one row per recovery — paid, due, returned, still owed, and how its
 * review stands — and one row per return, voided ones kept with their reason; the totals count returns not voided.
 */
public final class RecoveryExports {

    private final ExportText text;

    public RecoveryExports(ExportText text) {
        this.text = text;
    }

    public String title() {
        return text.get("recovery.title");
    }

    public DataTable recoveries(List<RecoveryAccount> all, String office, LocalDate on) {
        DataTable t = new DataTable(title(), List.of(text.get("recovery.filter")), List.of(
                text.column("caseNumber", ColumnType.CODE), text.column("name", ColumnType.TEXT),
                text.column("village", ColumnType.TEXT), text.column("reviewReason", ColumnType.TEXT).wider(30),
                text.column("paid", ColumnType.MONEY), text.column("amountDue", ColumnType.MONEY),
                text.column("amountReason", ColumnType.TEXT).wider(20), text.column("returned", ColumnType.MONEY),
                text.column("outstanding", ColumnType.MONEY), text.column("recordedOn", ColumnType.DATE),
                text.column("reviewState", ColumnType.TEXT), text.column("closedOn", ColumnType.DATE),
                text.column("closeReason", ColumnType.TEXT).fileOnly()));
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        BigDecimal returned = due;
        for (RecoveryAccount a : all) {
            t.row(a.caseNumber(), a.name(), a.village(), a.recovery().reviewReason(), a.recovery().paidAmount(),
                    a.recovery().amountDue(), a.recovery().amountReason(), a.returned(), a.outstanding(), a.recovery().recordedOn(),
                    state(a), a.closedOn(), a.closure() == null ? null : a.closure().reason());
            due = due.add(a.recovery().amountDue());
            returned = returned.add(a.returned());
        }
        return t.source(new ListExports(text).source(office, on)).totals(text.get("total"), text.format("recovery.cases", all.size()), null,
                null, null, due, null, returned, due.subtract(returned), null, null, null, null);
    }

    public DataTable returns(List<RecoveryAccount> all, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("recovery.returnsTitle"), List.of(text.get("recovery.returnsFilter")), List.of(
                text.column("caseNumber", ColumnType.CODE), text.column("name", ColumnType.TEXT),
                text.column("returnedOn", ColumnType.DATE), text.column("amount", ColumnType.MONEY),
                text.column("voucher", ColumnType.CODE), text.column("recordedBy", ColumnType.TEXT),
                text.column("voidReason", ColumnType.TEXT)));
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        int n = 0;
        for (RecoveryAccount a : all) {
            for (RecoveryReturn r : a.returns()) {
                t.row(a.caseNumber(), a.name(), r.returnedOn(), r.amount(), r.voucher(), r.recordedBy(),
                        r.voided() ? text.format("recovery.voided", r.voidReason(), r.voidedBy()) : null);
                sum = r.voided() ? sum : sum.add(r.amount());
                n += r.voided() ? 0 : 1;
            }
        }
        return t.source(new ListExports(text).source(office, on)).totals(text.get("total"), text.format("recovery.count", n), null, sum,
                null, null, text.get("recovery.voidedExcluded"));
    }

    private String state(RecoveryAccount a) {
        if (a.fullyReturned()) {
            return text.get("recovery.state.returned");
        }
        return a.closure() != null ? text.get("recovery.state.closed") : text.get("recovery.state.open");
    }
}
