package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.PeriodReport;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.export.ExportText;
import org.medaid.export.ReportExports;
import org.medaid.print.TableReportRenderer;
import org.medaid.reports.Channel;
import org.medaid.reports.Measures;
import org.medaid.reports.ReportPeriod;
import org.medaid.reports.Statistics;
import org.medaid.reports.StatisticsService;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/**
 * 统计报表: the statistics of a month, quarter or year (人次, 人数, costs, each tier's payment, self-pay) computed
 * from the issued settlements on the window's executor; the small tables the screen shows beside its charts,
 * and every breakdown exported to XLSX or printed with the charts to PDF.
 */
public final class StatisticsViewModel {

    private final Texts text;
    private final ReportExports exports;
    private final PeriodReport<Statistics> report;

    public StatisticsViewModel(Supplier<StatisticsService> service, TaskExecutor executor, Texts text, Supplier<String> office,
            Supplier<LocalDate> today) {
        this.text = text;
        this.exports = new ReportExports(new ExportText(text.locale()));
        this.report = new PeriodReport<>(new ReportState(executor, text, office, today), "statistics",
                ReportPeriod.year(today.get().getYear()), p -> service.get().compute(p), Statistics::period,
                s -> s.moneyBack().isEmpty() ? text.format("stats.summary", s.total().visits(), s.total().people())
                        : text.format("stats.summary.back", s.total().visits(), s.total().people(),
                                MoneyText.format(s.total().paidOnApplication()), MoneyText.format(s.total().owedBack()),
                                MoneyText.format(s.total().recovered())));
    }

    /** The tiers drawn on the chart: those the assistance fund and the insurers pay. */
    public List<String> chartTiers() {
        return List.of("basic", "criticalIllness", "assistance", "reAssistance");
    }

    public String tierName(String tier) {
        return exports.tier(tier);
    }

    /** Each tier's payments per month of the period (the stacked bars), in yuan. */
    public Map<String, Map<YearMonth, BigDecimal>> tiersByMonth() {
        Map<String, Map<YearMonth, BigDecimal>> out = new LinkedHashMap<>();
        Statistics s = statistics();
        if (s == null) {
            return out;
        }
        for (String tier : chartTiers()) {
            Map<YearMonth, BigDecimal> m = new LinkedHashMap<>();
            s.byMonth().forEach((k, v) -> m.put(k, v.paid(tier)));
            out.put(tier, m);
        }
        return out;
    }

    /** 人数 per main category, for the pie; only categories with people. */
    public Map<String, Long> peopleByCategory() {
        Map<String, Long> out = new LinkedHashMap<>();
        Statistics s = statistics();
        if (s != null) {
            s.byCategory().forEach((k, v) -> out.put(category(k), v.people()));
        }
        return out;
    }

    private String category(String key) {
        if (key.equals(StatisticsService.UNRECORDED)) {
            return text.get("stats.unrecorded");
        }
        return key.equals(StatisticsService.ORDINARY) ? text.get("stats.ordinary") : text.label(org.medaid.model.Category.valueOf(key));
    }

    /** The table beside the month chart: each month's payments by tier and the self-pay. */
    public DataTable monthTable() {
        List<Column> cols = new ArrayList<>(List.of(Column.of(text.get("stats.col.month"), ColumnType.TEXT)));
        chartTiers().forEach(t -> cols.add(Column.of(tierName(t), ColumnType.MONEY)));
        cols.add(Column.of(text.get("stats.col.selfPay"), ColumnType.MONEY));
        DataTable d = new DataTable(text.get("stats.chart.tiers"), List.of(), cols);
        Statistics s = statistics();
        if (s == null) {
            return d;
        }
        s.byMonth().forEach((m, v) -> d.row(row(m.toString(), v)));
        return d.totals(row(text.get("stats.total"), s.total()));
    }

    private Object[] row(String name, Measures v) {
        List<Object> r = new ArrayList<>(List.of(name));
        chartTiers().forEach(t -> r.add(v.paid(t)));
        r.add(v.selfPay());
        return r.toArray();
    }

    /** The table beside the category chart: 人数 and 人次 per category, with the assistance paid. */
    public DataTable categoryTable() {
        DataTable d = new DataTable(text.get("stats.chart.categories"), List.of(), List.of(
                Column.of(text.get("stats.col.category"), ColumnType.TEXT), Column.of(text.get("stats.col.people"), ColumnType.COUNT),
                Column.of(text.get("stats.col.visits"), ColumnType.COUNT), Column.of(tierName("assistance"), ColumnType.MONEY)));
        Statistics s = statistics();
        if (s == null) {
            return d;
        }
        s.byCategory().forEach((k, v) -> d.row(category(k), v.people(), v.visits(), v.paid("assistance")));
        return d.totals(text.get("stats.total"), s.total().people(), s.total().visits(), s.total().paid("assistance"));
    }

    /**
     * The table beside the money-back chart (ADR 0093): each month's assistance paid on the settlements and on
     * application (by payout date), what was owed back (by the day the objection was upheld) and returned (by the day
     * of the return, voided ones never) and the net.
     */
    public DataTable backTable() {
        DataTable d = new DataTable(text.get("stats.chart.back"), List.of(), List.of(
                Column.of(text.get("stats.col.month"), ColumnType.TEXT), Column.of(text.get("stats.col.fundPaid"), ColumnType.MONEY),
                Column.of(text.get("stats.col.onApplication"), ColumnType.MONEY),
                Column.of(text.get("stats.col.owedBack"), ColumnType.MONEY), Column.of(text.get("stats.col.recovered"), ColumnType.MONEY),
                Column.of(text.get("stats.col.net"), ColumnType.MONEY)));
        Statistics s = statistics();
        if (s == null) {
            return d;
        }
        s.byMonth().forEach((m, v) -> d.row(m.toString(), v.fundPaid(), v.paidOnApplication(), v.owedBack(), v.recovered(), v.net()));
        Measures t = s.total();
        return d.totals(text.get("stats.total"), t.fundPaid(), t.paidOnApplication(), t.owedBack(), t.recovered(), t.net());
    }

    /** The table beside the burden chart: people per self-pay band. */
    public DataTable burdenTable() {
        DataTable d = new DataTable(text.get("stats.chart.burden"), List.of(), List.of(
                Column.of(text.get("stats.col.band"), ColumnType.TEXT), Column.of(text.get("stats.col.people"), ColumnType.COUNT)));
        Statistics s = statistics();
        if (s == null) {
            return d;
        }
        long n = 0;
        for (Statistics.Band b : s.burden()) {
            d.row(exports.band(b), b.people());
            n += b.people();
        }
        return d.totals(text.get("stats.total"), n);
    }

    /** One-stop against claimed afterwards (POLICY-NOTES §8): 人次, cost and the assistance paid each way. */
    public DataTable channelTable() {
        DataTable d = new DataTable(text.get("stats.chart.channel"), List.of(), List.of(
                Column.of(text.get("stats.col.channel"), ColumnType.TEXT).wider(24), Column.of(text.get("stats.col.visits"), ColumnType.COUNT),
                Column.of(text.get("stats.col.total"), ColumnType.MONEY), Column.of(tierName("assistance"), ColumnType.MONEY),
                Column.of(tierName("reAssistance"), ColumnType.MONEY)));
        Statistics s = statistics();
        if (s == null) {
            return d;
        }
        for (Map.Entry<Channel, Measures> e : s.byChannel().entrySet()) {
            Measures v = e.getValue();
            d.row(text.get("stats.channel." + e.getKey().name()), v.visits(), v.totalCost(), v.paid("assistance"), v.paid("reAssistance"));
        }
        return d.totals(text.get("stats.total"), s.total().visits(), s.total().totalCost(), s.total().paid("assistance"),
                s.total().paid("reAssistance"));
    }

    public String title() {
        return text.get("stats.title");
    }

    public String fileName(ReportFiles.Format f) {
        return report.fileName(title(), f);
    }

    /** Every breakdown to {@code file}; the PDF carries {@code charts}, drawn by the screen. */
    public void export(ReportFiles.Format format, Path file, List<TableReportRenderer.Chart> charts) {
        ReportState state = report.state();
        state.export(format, file, title(), statistics(), s -> exports.statistics(s, state.office(), state.today()), charts);
    }

    /** The period, the statistics read for it, the status. */
    public PeriodReport<Statistics> report() {
        return report;
    }

    private Statistics statistics() {
        return report.resultProperty().get();
    }

    public int firstYear() {
        return 2019;
    }
}
