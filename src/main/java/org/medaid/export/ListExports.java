package org.medaid.export;

import org.medaid.table.DataTable;
import org.medaid.table.ColumnType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medaid.model.Labels;
import org.medaid.model.Money;
import org.medaid.roster.PremiumList;
import org.medaid.roster.PremiumSummary;
import org.medaid.workflow.NoticeList;
import org.medaid.workflow.NoticeRow;
import org.medaid.workflow.PayoutList;
import org.medaid.workflow.PayoutRow;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WaitingCase;

/**
 * The desk's lists as exported tables: the payout list (发放名单) for the office and in the
 * bank's column layout, the quarter's public notice (ID numbers masked, as posted), the cases waiting at
 * each stage, and the premium subsidy list. Each table carries its title and the filter that produced it.
 */
public final class ListExports {

    private final ExportText text;

    public ListExports(ExportText text) {
        this.text = text;
    }

    private List<String> filter(String office, LocalDate on, String... lines) {
        return new ArrayList<>(List.of(lines));
    }

    /** The office and the time of export, the file's own record of where it came from. */
    String[] source(String office, LocalDate on) {
        return office == null || office.isBlank() ? new String[] {text.format("filter.exported", on)}
                : new String[] {text.format("filter.office", office.strip()), text.format("filter.exported", on)};
    }

    /** 发放名单 as the office keeps it: case, person, place, bank, account, amount, approval date. */
    public DataTable payout(PayoutList list, String office, LocalDate on) {
        List<String> f = filter(office, on, text.get("payout.filter"));
        if (list.missingAccounts() > 0) {
            f.add(0, text.format("payout.missing", list.missingAccounts()));
        }
        if (list.held() > 0) {
            // left off while an objection to them is open (ADR 0077): the office sees they exist
            f.add(0, text.format("payout.held", list.held()));
        }
        DataTable t = new DataTable(text.get("payout.title"), f, List.of(
                text.column("no", ColumnType.COUNT), text.column("caseNumber", ColumnType.CODE),
                text.column("name", ColumnType.TEXT), text.column("idNumber", ColumnType.CODE),
                text.column("township", ColumnType.TEXT), text.column("village", ColumnType.TEXT),
                text.column("bankName", ColumnType.TEXT), text.column("account", ColumnType.CODE),
                text.column("amount", ColumnType.MONEY), text.column("approvedOn", ColumnType.DATE)));
        int n = 0;
        for (PayoutRow r : list.rows()) {
            t.row(++n, r.caseNumber(), r.name(), r.idNumber(), r.township(), r.village(), bank(r), r.bankAccount(),
                    r.amount(), r.approvedOn());
        }
        return t.source(source(office, on)).totals(null, text.get("total"), text.format("count", list.rows().size()), null, null, null, null, null,
                list.total(), null);
    }

    /** The bank's layout (代发明细): name, ID number, account, bank, amount, case number — nothing else. */
    public DataTable payoutForBank(PayoutList list, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("payout.bankTitle"), filter(office, on, text.get("payout.filter")), List.of(
                text.column("name", ColumnType.TEXT), text.column("idNumber", ColumnType.CODE),
                text.column("account", ColumnType.CODE), text.column("bankName", ColumnType.TEXT),
                text.column("amount", ColumnType.MONEY), text.column("caseNumber", ColumnType.CODE)));
        for (PayoutRow r : list.rows()) {
            t.row(r.name(), r.idNumber(), r.bankAccount(), bank(r), r.amount(), r.caseNumber());
        }
        return t.source(source(office, on)).totals(text.get("total"), text.format("count", list.rows().size()), null, null, list.total(), null);
    }

    private String bank(PayoutRow r) {
        return r.bankName() == null ? text.get("notRecorded") : r.bankName();
    }

    /** The quarter's public notice: the masked ID number only, as the posted list (POLICY-NOTES §8). */
    public DataTable notice(NoticeList list, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("notice.title"), filter(office, on, text.format("notice.filter",
                String.valueOf(list.year()), list.quarter(), list.from(), list.to())), List.of(
                text.column("no", ColumnType.COUNT), text.column("name", ColumnType.TEXT),
                text.column("maskedId", ColumnType.CODE), text.column("township", ColumnType.TEXT),
                text.column("village", ColumnType.TEXT), text.column("approvedOn", ColumnType.DATE),
                text.column("amount", ColumnType.MONEY)));
        int n = 0;
        for (NoticeRow r : list.rows()) {
            t.row(++n, r.name(), r.maskedIdNumber(), r.township(), r.village(), r.approvedOn(), r.amount());
        }
        return t.source(source(office, on)).totals(null, text.get("total"), text.format("count", list.rows().size()), null, null, null, list.total());
    }

    /** The cases waiting at each open stage, stage by stage, the longest waiting first. */
    public DataTable waiting(Map<Stage, List<WaitingCase>> waiting, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("waiting.title"), filter(office, on, text.format("waiting.filter", on)), List.of(
                text.column("stage", ColumnType.TEXT), text.column("caseNumber", ColumnType.CODE),
                text.column("name", ColumnType.TEXT), text.column("township", ColumnType.TEXT),
                text.column("village", ColumnType.TEXT), text.column("appliedOn", ColumnType.DATE),
                text.column("since", ColumnType.DATE), text.column("due", ColumnType.DATE),
                text.column("overdue", ColumnType.TEXT), text.column("amount", ColumnType.MONEY)));
        BigDecimal total = Money.ZERO;
        int count = 0;
        for (Map.Entry<Stage, List<WaitingCase>> e : waiting.entrySet()) {
            for (WaitingCase w : e.getValue()) {
                t.row(e.getKey().label(text.locale()), String.format("%d-%04d", w.appliedOn().getYear(), w.applicationId()),
                        w.name(), w.township(), w.village(), w.appliedOn(), w.since(), w.due(),
                        w.overdue() ? text.get("yes") : text.get("no"), w.amount());
                total = total.add(w.amount() == null ? Money.ZERO : w.amount());
                count++;
            }
        }
        return t.source(source(office, on)).totals(text.get("total"), text.format("count", count), null, null, null, null, null, null, null, total);
    }

    /** The premium subsidy list of an insurance year, computed as it is written; the totals row last. */
    public DataTable premium(PremiumList list, int year, BigDecimal contribution, LocalDate on) {
        String office = null;
        DataTable t = new DataTable(text.get("premium.title"), filter(null, on, text.format("premium.filter", String.valueOf(year)),
                contribution == null ? text.get("premium.policyContribution") : text.format("premium.contribution",
                        contribution.setScale(2).toPlainString())), List.of(
                text.column("name", ColumnType.TEXT), text.column("idNumber", ColumnType.CODE),
                text.column("township", ColumnType.TEXT), text.column("village", ColumnType.TEXT),
                text.column("categories", ColumnType.TEXT), text.column("policy", ColumnType.TEXT),
                text.column("contribution", ColumnType.MONEY), text.column("subsidy", ColumnType.MONEY),
                text.column("assistanceFund", ColumnType.MONEY), text.column("countyBudget", ColumnType.MONEY),
                text.column("personPays", ColumnType.MONEY)));
        PremiumSummary s = list.forEach(year, contribution, l -> t.row(l.name(), l.idNumber(), l.township(), l.village(),
                l.categories().stream().map(c -> Labels.of(c, text.locale())).collect(Collectors.joining("、")), l.policy(),
                l.contribution(), l.subsidy(), l.assistanceFund(), l.countyBudget(), l.personPays()));
        return t.source(source(office, on)).totals(text.get("total"), text.format("count", s.people()), null, null, null, null, null, s.subsidy(),
                s.assistanceFund(), s.countyBudget(), null);
    }
}
