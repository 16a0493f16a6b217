package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.export.ExportText;
import org.medaid.export.ReportExports;
import org.medaid.export.XlsxExport;
import org.medaid.model.Category;
import org.medaid.print.PdfInspect;
import org.medaid.print.PrintDocument;
import org.medaid.reports.Channel;
import org.medaid.reports.FundPayments;
import org.medaid.reports.Measures;
import org.medaid.reports.MoneyBack;
import org.medaid.reports.ReportPeriod;
import org.medaid.reports.Statistics;
import org.medaid.reports.StatisticsService;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;
import org.medaid.table.DataTable;

/**
 * Money owed back and returned after an upheld objection, in the statistics and the fund's reports (ADR 0093), on a
 * real H2 store: a paid case (bill settled in October, 3,500.00 paid on application 2024-11-18), the objection upheld
 * on 2024-11-25 asking back 2,000.00, a return of 1,200.00 on 2024-11-29 and one of 800.00 on 2024-12-03 voided.
 * November: 依申请拨付 3,500.00, 应退回 2,000.00, 已追回 1,200.00, net 2,300.00; December: nothing counted, the voided
 * return listed; the settlement's figures never change.
 */
class MoneyBackReportsTest {

    static final BigDecimal DUE = new BigDecimal("2000.00");
    static final String OFFICE = "邵东县医疗保障局";

    @TempDir
    Path dir;
    WorkflowDesk w;
    SettlementService settlements;
    StatisticsService statistics;
    FundPayments fund;
    Statistics yearBefore;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
        settlements = new SettlementService(w.desk.db, w.desk.people, w.desk.bills, w.ledger, w.desk.calculator.registry(),
                w.desk.clock);
        statistics = new StatisticsService(settlements, w.desk.people);
        fund = new FundPayments(settlements, w.desk.people);
        Objections objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        WorkflowDesk.PaidCase c = w.paidCase("刘干部");
        AssistanceApplication paid = c.paid();
        settlements.issue(c.bill().id(), IssuedVia.MARKED, OFFICE, "张经办", "clerk1");
        yearBefore = statistics.compute(ReportPeriod.year(2024));
        Objection o = objections.record(paid.id(), "村民李某", LocalDate.of(2024, 11, 20), "另有商业保险赔付", w.reviewer);
        objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, "理赔记录属实", DUE, "按商业保险赔付额追回",
                LocalDate.of(2024, 11, 25), w.approver);
        Recovery r = objections.recoveries(paid.id()).get(0);
        Recoveries returns = objections.returns();
        returns.recordReturn(r.id(), LocalDate.of(2024, 11, 29), new BigDecimal("1200.00"), "收据 0001", w.payer);
        RecoveryAccount after = returns.recordReturn(r.id(), LocalDate.of(2024, 12, 3), new BigDecimal("800.00"), "收据 0002", w.payer);
        returns.voidReturn(after.returns().get(1).id(), "金额录错，应为 500.00", w.payer);
    }

    @AfterEach
    void close() {
        w.close();
    }

    /** Every sheet's rows, one after the other (each table is a sheet). */
    static List<Row> allRows(Path file) throws java.io.IOException {
        try (java.io.InputStream in = Files.newInputStream(file);
                org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in,
                        new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Row> rows = new java.util.ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                try (var stream = sheet.openStream()) {
                    stream.forEach(rows::add);
                }
            }
            return rows;
        }
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void eachFigureCountsInThePeriodOfItsDateAndAVoidedReturnNever() {
        Statistics nov = statistics.compute(ReportPeriod.month(2024, 11));
        assertEquals(money("2000.00"), nov.total().owedBack());
        assertEquals(money("1200.00"), nov.total().recovered());
        assertEquals(0, nov.total().visits(), "no bill was settled in November");
        assertEquals(money("3500.00"), nov.total().paidOnApplication(), "paid on 2024-11-18: (28,000 − 15,000 − 6,000) × 50%");
        assertEquals(money("2300.00"), nov.total().net(), "paid on application less what came back");
        assertEquals(List.of(MoneyBack.Kind.PAID, MoneyBack.Kind.OWED, MoneyBack.Kind.RETURNED),
                nov.moneyBack().stream().map(MoneyBack.Entry::kind).toList());
        assertEquals("收据 0001", nov.moneyBack().get(2).voucher());
        assertEquals(LocalDate.of(2024, 11, 18), nov.moneyBack().get(0).on());
        assertEquals(LocalDate.of(2024, 11, 25), nov.moneyBack().get(1).on());

        Statistics dec = statistics.compute(ReportPeriod.month(2024, 12));
        assertEquals(money("0.00"), dec.total().owedBack());
        assertEquals(money("0.00"), dec.total().recovered(), "the voided 800.00 never counts");
        assertEquals(1, dec.moneyBack().size(), "but it is listed");
        assertEquals(MoneyBack.Kind.VOIDED, dec.moneyBack().get(0).kind());
        assertEquals(money("0.00"), dec.moneyBack().get(0).recovered());
        assertEquals("金额录错，应为 500.00", dec.moneyBack().get(0).voidReason());

        Statistics oct = statistics.compute(ReportPeriod.month(2024, 10));
        assertTrue(oct.moneyBack().isEmpty());
        assertEquals(money("0.00"), oct.total().recovered());

        Statistics q4 = statistics.compute(ReportPeriod.quarter(2024, 4));
        assertEquals(money("2000.00"), q4.total().owedBack());
        assertEquals(money("1200.00"), q4.total().recovered());
        assertEquals(q4.total().fundPaid().add(money("3500.00")).subtract(money("1200.00")), q4.total().net());
        assertEquals(money("2000.00"), q4.byMonth().get(YearMonth.of(2024, 11)).owedBack());
        assertEquals(money("0.00"), q4.byMonth().get(YearMonth.of(2024, 12)).recovered());
        assertTrue(statistics.compute(ReportPeriod.quarter(2025, 1)).moneyBack().isEmpty());
    }

    @Test
    void aSettlementStaysASettlementAndEveryGroupingSumsToTheTotal() {
        Statistics year = statistics.compute(ReportPeriod.year(2024));
        assertEquals(yearBefore.total().paid(), year.total().paid(), "the settlement's figures are not changed by the recovery");
        assertEquals(yearBefore.total().visits(), year.total().visits());
        assertEquals(1, year.total().visits());
        Measures t = year.total();
        assertEquals(money("2000.00"), t.owedBack());
        assertEquals(money("1200.00"), t.recovered());
        assertEquals(money("0.00"), t.fundPaid(), "the by-application bill's settlement holds no assistance: the grant is "
                + "paid on application and counted there once");
        assertEquals(money("3500.00"), t.paidOnApplication());
        assertEquals(money("2300.00"), t.net());
        for (var by : List.of(year.byTownship(), year.byVillage(), year.byCategory(), year.byPolicy(), year.byMonth(),
                year.byChannel())) {
            assertEquals(t.paidOnApplication(), by.values().stream().map(Measures::paidOnApplication).reduce(BigDecimal::add)
                    .orElseThrow());
            assertEquals(t.owedBack(), by.values().stream().map(Measures::owedBack).reduce(BigDecimal::add).orElseThrow());
            assertEquals(t.recovered(), by.values().stream().map(Measures::recovered).reduce(BigDecimal::add).orElseThrow());
        }
        assertEquals(money("1200.00"), year.byCategory().get(Category.MARGINAL.name()).recovered(),
                "in the group of the case's settled bill");
        assertEquals(money("1200.00"), year.byChannel().get(Channel.AFTERWARDS).recovered());
        assertEquals(money("1200.00"), year.byVillage().entrySet().stream().filter(e -> e.getKey().endsWith("石门村"))
                .findFirst().orElseThrow().getValue().recovered());
        assertNull(year.byCategory().get(StatisticsService.UNRECORDED), "the case's bill was settled");
    }

    @Test
    void aCasePaidWithoutASettledBillIsCountedOnceInTheUnrecordedGroups() {
        PersonRecord li = w.marginal("李四", "东山村");
        StoredBill b = w.bill(li, LocalDate.of(2024, 11, 20), w.clerk);
        AssistanceApplication a = w.apply(li, b, LocalDate.of(2024, 11, 25), "3000.00", w.clerk);
        a = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 11, 27), "刘干部", null, w.reviewer);
        a = w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 11, 28), null, w.reviewer);
        a = w.workflow.approve(a.id(), a.version(), null, LocalDate.of(2024, 12, 6), null, w.approver);
        w.workflow.pay(a.id(), a.version(), null, LocalDate.of(2024, 12, 9), null, w.payer);
        Statistics dec = statistics.compute(ReportPeriod.month(2024, 12));
        assertEquals(0, dec.total().visits(), "李四's bill was never settled");
        assertEquals(money("3500.00"), dec.total().paidOnApplication());
        assertEquals(money("3500.00"), dec.byCategory().get(StatisticsService.UNRECORDED).paidOnApplication());
        assertEquals(money("3500.00"), dec.byPolicy().get("").paidOnApplication(), "policy 未登记");
        assertEquals(money("3500.00"), dec.byChannel().get(Channel.AFTERWARDS).paidOnApplication(), "paid to the person");
        assertEquals(money("3500.00"), dec.total().net());
        MoneyBack.Entry paid = dec.moneyBack().stream().filter(e -> e.kind() == MoneyBack.Kind.PAID).findFirst().orElseThrow();
        assertNull(paid.settlement());
        assertEquals("李四", paid.name());
        assertEquals(LocalDate.of(2024, 12, 9), paid.on());
        assertEquals(money("3500.00"), fund.compute(ReportPeriod.month(2024, 12)).paidOnApplication());
        DataTable detail = new ReportExports(new ExportText(Locale.SIMPLIFIED_CHINESE)).moneyBack(dec.moneyBack(), dec.period(), OFFICE,
                LocalDate.of(2024, 12, 20));
        assertEquals("未登记", detail.rows().stream().filter(r -> "李四".equals(r.get(4))).findFirst().orElseThrow().get(7),
                "no settlement number to trace");
    }

    @Test
    void theFundReportShowsPaidOwedReturnedAndNetPerPeriod() {
        FundPayments.Lists oct = fund.compute(ReportPeriod.month(2024, 10));
        FundPayments.Lists nov = fund.compute(ReportPeriod.month(2024, 11));
        FundPayments.Lists dec = fund.compute(ReportPeriod.month(2024, 12));
        assertEquals(money("0.00"), oct.recovered());
        assertEquals(oct.fundTotal(), oct.net());
        assertEquals(money("0.00"), nov.fundTotal());
        assertEquals(money("2000.00"), nov.owedBack());
        assertEquals(money("1200.00"), nov.recovered());
        assertEquals(money("3500.00"), nov.paidOnApplication());
        assertEquals(money("2300.00"), nov.net());
        assertEquals(money("0.00"), dec.recovered());
        assertEquals(money("0.00"), dec.owedBack());
        assertEquals(1, dec.moneyBack().size());
        FundPayments.Lists year = fund.compute(ReportPeriod.year(2024));
        assertEquals(year.fundTotal().add(money("3500.00")).subtract(money("1200.00")), year.net());
        assertEquals(year.fundTotal(), year.hospitalsTotal().add(year.personsTotal()), "the lists still reconcile");
    }

    @Test
    void exportsCarryTheNewColumnsAsTypedCellsAndThePdfSaysThem() throws Exception {
        ReportExports ex = new ReportExports(new ExportText(Locale.SIMPLIFIED_CHINESE));
        FundPayments.Lists q4 = fund.compute(ReportPeriod.quarter(2024, 4));
        Statistics st = statistics.compute(ReportPeriod.quarter(2024, 4));
        DataTable summary = ex.fundSummary(q4, OFFICE, w.desk.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        DataTable detail = ex.moneyBack(q4.moneyBack(), q4.period(), OFFICE, LocalDate.of(2024, 12, 20));
        List<DataTable> statTables = ex.statistics(st, OFFICE, LocalDate.of(2024, 12, 20));
        Path file = dir.resolve("fund.xlsx");
        XlsxExport.write(List.of(summary, detail, statTables.get(0)), file);
        List<Row> rows = allRows(file);
        Row summaryTotal = rows.stream().filter(r -> r != null && r.getCellCount() > 4 && r.getCell(0).getText().startsWith("期间合计"))
                .findFirst().orElseThrow();
        assertEquals(CellType.NUMBER, summaryTotal.getCell(2).getType());
        assertEquals(0, money("3500.00").compareTo(summaryTotal.getCell(2).asNumber()));
        assertEquals(0, money("2000.00").compareTo(summaryTotal.getCell(3).asNumber()));
        assertEquals(0, money("1200.00").compareTo(summaryTotal.getCell(4).asNumber()));
        assertEquals(0, q4.fundTotal().add(money("2300.00")).compareTo(summaryTotal.getCell(5).asNumber()));
        Row voided = rows.stream().filter(r -> r != null && r.getCellCount() > 2 && "追回款已作废".equals(r.getCell(1).getText()))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 12, 3), voided.getCell(2).asDate().toLocalDate(), "the day of the return as a date");
        assertEquals("yyyy-mm-dd", voided.getCell(2).getDataFormatString());
        assertEquals("收据 0002", voided.getCell(8).getText());
        assertTrue(voided.getCell(11) == null || voided.getCell(11).getType() == CellType.EMPTY, "a voided return adds nothing");
        assertTrue(voided.getCell(12).getText().contains("金额录错"));
        Row returned = rows.stream().filter(r -> r != null && r.getCellCount() > 2 && "已追回".equals(r.getCell(1).getText()))
                .findFirst().orElseThrow();
        assertEquals(CellType.NUMBER, returned.getCell(11).getType());
        assertEquals(0, money("1200.00").compareTo(returned.getCell(11).asNumber()));

        PrintDocument pdf = PrintDocument.report("统计报表", "stats", OFFICE, statTables, List.of(), LocalDate.of(2024, 12, 20));
        String text = PdfInspect.compact(pdf.pdf());
        assertTrue(text.contains("本期依申请拨付、应退回及追回款明细"), text);
        assertTrue(text.contains("救助支出净额"), text);
        assertTrue(text.contains("1,200.00"), text);
        PrintDocument fundPdf = PrintDocument.report("资金清算", "fund", OFFICE, List.of(summary, detail), List.of(),
                LocalDate.of(2024, 12, 20));
        assertTrue(PdfInspect.compact(fundPdf.pdf()).contains("收据0002"), PdfInspect.compact(fundPdf.pdf()));
        String shots = System.getProperty("medaid.shots");
        if (shots != null) {
            Files.write(Path.of(shots).resolve("money-back-statistics.pdf"), pdf.pdf());
            Files.write(Path.of(shots).resolve("money-back-fund.pdf"), fundPdf.pdf());
        }
    }
}
