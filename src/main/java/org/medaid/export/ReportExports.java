package org.medaid.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.medaid.calc.Tier;
import org.medaid.model.Category;
import org.medaid.model.Labels;
import org.medaid.model.Money;
import org.medaid.reports.Channel;
import org.medaid.reports.FundPayments;
import org.medaid.reports.Measures;
import org.medaid.reports.MoneyBack;
import org.medaid.reports.ReportPeriod;
import org.medaid.reports.Statistics;
import org.medaid.reports.StatisticsService;
import org.medaid.settlement.Figures;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/**
 * The statistics of a period and the fund's payment lists as tables, for the screen's tables, the XLSX file
 * and the printed report alike: each breakdown with 人次, 人数, costs, each tier's payment, self-pay and the
 * share each tier carried, and a totals row equal to the period's totals.
 */
public final class ReportExports {

    private final ExportText text;
    private final ListExports lists;

    public ReportExports(ExportText text) {
        this.text = text;
        this.lists = new ListExports(text);
    }

    /** The tiers a table shows: the settlement's figure keys without the self-pay. */
    public static List<String> tiers() {
        return Figures.KEYS.stream().filter(k -> !k.equals(Figures.SELF_PAY)).toList();
    }

    private String period(ReportPeriod p) {
        return switch (p.kind()) {
            case MONTH -> text.format("period.month", String.valueOf(p.year()), p.n(), p.first(), p.last());
            case QUARTER -> text.format("period.quarter", String.valueOf(p.year()), p.n(), p.first(), p.last());
            case YEAR -> text.format("period.year", String.valueOf(p.year()), p.first(), p.last());
        };
    }

    /** Every breakdown of the statistics, one table each, the totals first. */
    public List<DataTable> statistics(Statistics s, String office, LocalDate on) {
        List<DataTable> out = new ArrayList<>();
        out.add(measures(text.get("stats.byChannel"), text.get("column.channel"), s, by(s.byChannel(), c -> text.get("channel." + c.name())), office, on));
        out.add(measures(text.get("stats.byTownship"), text.get("column.township"), s, by(s.byTownship(), k -> k.isEmpty() ? text.get("notRecorded") : k), office, on));
        out.add(measures(text.get("stats.byVillage"), text.get("column.village"), s, by(s.byVillage(), k -> k.isBlank() ? text.get("notRecorded") : k.strip()), office, on));
        out.add(measures(text.get("stats.byCategory"), text.get("column.categories"), s, by(s.byCategory(), this::category), office, on));
        out.add(measures(text.get("stats.byPolicy"), text.get("column.policy"), s, by(s.byPolicy(), k -> k.isBlank() ? text.get("notRecorded") : k), office, on));
        out.add(measures(text.get("stats.byMonth"), text.get("column.month"), s, by(s.byMonth(), m -> m.toString()), office, on));
        out.add(burden(s, office, on));
        out.add(moneyBack(s.moneyBack(), s.period(), office, on));
        return out;
    }

    private String category(String key) {
        if (key.equals(StatisticsService.UNRECORDED)) {
            return text.get("category.unrecorded");
        }
        return key.equals(StatisticsService.ORDINARY) ? text.get("category.ordinary") : Labels.of(Category.valueOf(key), text.locale());
    }

    private static <K> List<Map.Entry<String, Measures>> by(Map<K, Measures> in, Function<K, String> name) {
        List<Map.Entry<String, Measures>> out = new ArrayList<>();
        in.forEach((k, v) -> out.add(Map.entry(name.apply(k), v)));
        return out;
    }

    /** The tier's name as the slips print it (基本医保, 大病保险 …). */
    public String tier(String key) {
        return Labels.of(Tier.valueOf(key), text.locale());
    }

    private DataTable measures(String title, String keyHeader, Statistics s, List<Map.Entry<String, Measures>> rows, String office,
            LocalDate on) {
        List<Column> cols = new ArrayList<>(List.of(Column.of(keyHeader, ColumnType.TEXT).wider(20),
                text.column("visits", ColumnType.COUNT), text.column("people", ColumnType.COUNT),
                text.column("totalCost", ColumnType.MONEY), text.column("compliantCost", ColumnType.MONEY)));
        for (String t : tiers()) {
            cols.add(Column.of(tier(t), ColumnType.MONEY));
        }
        cols.add(text.column("selfPay", ColumnType.MONEY));
        cols.add(text.column("fundShare", ColumnType.SHARE));
        cols.add(text.column("onApplication", ColumnType.MONEY));
        cols.add(text.column("amountDue", ColumnType.MONEY));
        cols.add(text.column("returned", ColumnType.MONEY));
        cols.add(text.column("net", ColumnType.MONEY));
        DataTable table = new DataTable(title, List.of(period(s.period()), text.get("back.rule")), cols);
        for (Map.Entry<String, Measures> e : rows) {
            table.row(cells(e.getKey(), e.getValue()));
        }
        return table.source(lists.source(office, on)).totals(cells(text.get("total"), s.total()));
    }

    private Object[] cells(String name, Measures m) {
        List<Object> c = new ArrayList<>(List.of(name, m.visits(), m.people(), m.totalCost(), m.compliantCost()));
        for (String t : tiers()) {
            c.add(m.paid(t));
        }
        c.add(m.selfPay());
        // the share of the cost the assistance fund carried (医疗救助 and 再救助/倾斜救助)
        c.add(m.share(Tier.assistance.name()).add(m.share(Tier.reAssistance.name())));
        // paid on application, owed back and returned in the period, rows of their own (ADR 0093);
        // net = assistance and re-assistance settled + paid on application − returned
        c.add(m.paidOnApplication());
        c.add(m.owedBack());
        c.add(m.recovered());
        c.add(m.net());
        return c.toArray();
    }

    private DataTable burden(Statistics s, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("stats.burden"), List.of(period(s.period()), text.get("stats.burden.note")), List.of(
                text.column("band", ColumnType.TEXT).wider(24), text.column("people", ColumnType.COUNT)));
        long n = 0;
        for (Statistics.Band b : s.burden()) {
            t.row(band(b), b.people());
            n += b.people();
        }
        return t.source(lists.source(office, on)).totals(text.get("total"), n);
    }

    /** 1,000–5,000 元; above the last bound 20,000 元以上. */
    public String band(Statistics.Band b) {
        return b.to() == null ? text.format("band.above", Money.format(b.from())) : text.format("band.range", Money.format(b.from()),
                Money.format(b.to()));
    }

    /** 一站式结算医院垫付清算表: what the fund owes each hospital for its one-stop settlements of the period. */
    public DataTable hospitals(FundPayments.Lists l, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("repay.title"), List.of(period(l.period()), text.get("repay.filter")), List.of(
                text.column("no", ColumnType.COUNT), text.column("hospital", ColumnType.TEXT).wider(30),
                text.column("visits", ColumnType.COUNT), text.column("people", ColumnType.COUNT),
                text.column("totalCost", ColumnType.MONEY), Column.of(tier(Tier.assistance.name()), ColumnType.MONEY),
                Column.of(tier(Tier.reAssistance.name()), ColumnType.MONEY), text.column("owed", ColumnType.MONEY)));
        int n = 0;
        long visits = 0;
        BigDecimal total = Money.ZERO;
        BigDecimal a = Money.ZERO;
        BigDecimal r = Money.ZERO;
        for (FundPayments.HospitalLine h : l.hospitals()) {
            t.row(++n, h.hospital(), h.visits(), h.people(), h.totalCost(), h.assistance(), h.reAssistance(), h.owed());
            visits += h.visits();
            total = total.add(h.totalCost());
            a = a.add(h.assistance());
            r = r.add(h.reAssistance());
        }
        return t.source(lists.source(office, on)).totals(null, text.get("total"), visits, null, total, a, r, l.hospitalsTotal());
    }

    /** 零星报销发放名单: each bill claimed afterwards in the period and what the fund owes the person, with the account. */
    public DataTable persons(FundPayments.Lists l, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("claims.title"), List.of(period(l.period()), text.get("claims.filter")), List.of(
                text.column("no", ColumnType.COUNT), text.column("name", ColumnType.TEXT), text.column("idNumber", ColumnType.CODE),
                text.column("township", ColumnType.TEXT).fileOnly(), text.column("village", ColumnType.TEXT),
                text.column("bankName", ColumnType.TEXT), text.column("account", ColumnType.CODE),
                text.column("settlementNumber", ColumnType.CODE), text.column("settledOn", ColumnType.DATE),
                text.column("hospital", ColumnType.TEXT).fileOnly(), text.column("owed", ColumnType.MONEY)));
        int n = 0;
        for (FundPayments.PersonLine p : l.persons()) {
            t.row(++n, p.name(), p.idNumber(), p.township(), p.village(), p.bankName() == null ? text.get("notRecorded") : p.bankName(),
                    p.bankAccount() == null ? text.get("notRecorded") : p.bankAccount(), p.settlementNumber(), p.settledOn(),
                    p.hospital(), p.owed());
        }
        return t.source(lists.source(office, on)).totals(null, text.get("total"), text.format("count", l.persons().size()), null,
                null, null, null, null, null, null, l.personsTotal());
    }

    /**
     * The two lists' reconciliation: hospitals + persons = what the settlements of the period hold for the fund;
     * beside each, what was owed back and returned in the period on cases settled that way, and the net (ADR 0093).
     */
    public DataTable fundSummary(FundPayments.Lists l, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("fund.title"), List.of(period(l.period()), text.get("back.rule")), List.of(
                text.column("channel", ColumnType.TEXT).wider(28), text.column("owed", ColumnType.MONEY),
                text.column("onApplication", ColumnType.MONEY), text.column("amountDue", ColumnType.MONEY),
                text.column("returned", ColumnType.MONEY), text.column("net", ColumnType.MONEY)));
        summaryRow(t, Channel.ONE_STOP, l.hospitalsTotal(), l);
        summaryRow(t, Channel.AFTERWARDS, l.personsTotal(), l);
        return t.source(lists.source(office, on)).totals(text.get("fund.total"), l.fundTotal(), l.paidOnApplication(), l.owedBack(),
                l.recovered(), l.net());
    }

    private void summaryRow(DataTable t, Channel c, BigDecimal paid, FundPayments.Lists l) {
        List<MoneyBack.Entry> back = l.moneyBack(c);
        BigDecimal onApplication = MoneyBack.paidOnApplication(back);
        BigDecimal recovered = MoneyBack.recovered(back);
        t.row(text.get("channel." + c.name()), paid, onApplication, MoneyBack.owed(back), recovered,
                paid.add(onApplication).subtract(recovered));
    }

    /**
     * 依申请拨付、应退回及追回款明细: every case paid on application and every amount owed back or returned in the
     * period (ADR 0093), each traceable to its case, settlement and voucher; a voided return is listed with its reason
     * and adds nothing.
     */
    public DataTable moneyBack(List<MoneyBack.Entry> rows, ReportPeriod p, String office, LocalDate on) {
        DataTable t = new DataTable(text.get("back.title"), List.of(period(p), text.get("back.rule")), List.of(
                text.column("no", ColumnType.COUNT), text.column("backKind", ColumnType.TEXT).wider(20), text.column("date", ColumnType.DATE).wider(14),
                text.column("caseNumber", ColumnType.CODE), text.column("name", ColumnType.TEXT),
                text.column("township", ColumnType.TEXT).fileOnly(), text.column("village", ColumnType.TEXT),
                text.column("settlementNumber", ColumnType.CODE).fileOnly(), text.column("voucher", ColumnType.CODE),
                text.column("onApplication", ColumnType.MONEY), text.column("amountDue", ColumnType.MONEY),
                text.column("returned", ColumnType.MONEY), text.column("note", ColumnType.TEXT)));
        int n = 0;
        for (MoneyBack.Entry e : rows) {
            boolean owed = e.kind() == MoneyBack.Kind.OWED;
            t.row(++n, text.get("back.kind." + e.kind().name()), e.on(), e.caseNumber(), e.name(), e.township(), e.village(),
                    e.settlement() == null ? text.get("notRecorded") : e.settlement().number(), e.voucher(),
                    e.kind() == MoneyBack.Kind.PAID ? e.amount() : null, owed ? e.amount() : null, e.kind() == MoneyBack.Kind.RETURNED ? e.amount() : null,
                    e.kind() == MoneyBack.Kind.VOIDED ? text.format("back.voided", Money.format(e.amount()), e.voidReason()) : null);
        }
        return t.source(lists.source(office, on)).totals(null, text.get("total"), null, null, null, null, null, null, null,
                MoneyBack.paidOnApplication(rows), MoneyBack.owed(rows), MoneyBack.recovered(rows), text.get("recovery.voidedExcluded"));
    }
}
