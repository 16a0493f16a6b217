package org.medaid.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.BillDraft;
import org.medaid.bills.StoredBill;
import org.medaid.bills.TestDesk;
import org.medaid.export.ExportText;
import org.medaid.export.ReportExports;
import org.medaid.export.XlsxExport;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Category;
import org.medaid.model.Money;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.Settled;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;

/**
 * One-stop and claimed-afterwards bills told apart (POLICY-NOTES §8): the hospitals' repayment list holds the
 * assistance they advanced, the persons' list what is owed to them, and both reconcile with the settlements.
 */
class FundPaymentsTest {

    @TempDir
    Path dir;
    TestDesk desk;
    SettlementService settlements;
    FundPayments payments;
    StatisticsService statistics;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        LedgerService ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
        settlements = new SettlementService(desk.db, desk.people, desk.bills, ledger, desk.calculator.registry(), desk.clock);
        payments = new FundPayments(settlements, desk.people);
        statistics = new StatisticsService(settlements, desk.people);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void settle(BillDraft d) {
        StoredBill b = desk.bills.add(d, desk.as("clerk"));
        settlements.issue(b.id(), IssuedVia.MARKED, "石门镇", "张经办", "clerk");
    }

    private static BillDraft oneStop(BillDraft d, String hospital, String assistance) {
        BillDraft h = new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), hospital, d.hospitalLevel(), d.location(),
                d.referred(), d.diagnosis(), d.specialDisease(), d.applicationApproved(), d.total(), d.outOfCatalog(),
                d.classBSelfPay(), d.overLimit(), d.basic(), d.criticalIllness(), d.tiltApproved());
        return h.withSecondAudit(false, null, new BigDecimal(assistance), null, null);
    }

    /**
     * 低保甲 (Shaoyang 低保: 4,000 deductible, 70%): 03-05 20,000, basic 10,000, claimed afterwards → assistance 4,200
     * owed to 甲. 低保丁: 05-06 20,000, basic 10,000, 邵东县人民医院 settled 4,200 one-stop; 06-10 6,000, basic 3,000,
     * 新邵县中医院 settled 2,100. 居民丙 (no category): 07-20 5,000 → nothing from the fund.
     */
    private void sample() {
        PersonRecord jia = desk.person("低保甲", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING);
        PersonRecord ding = desk.person("低保丁", TestDesk.SHAOYANG, "东山村", Category.MINIMUM_LIVING);
        PersonRecord bing = desk.person("居民丙", TestDesk.SHAOYANG, "东山村");
        settle(TestDesk.stay(jia.id(), LocalDate.of(2024, 3, 5), "20000.00", "0.00", "10000.00", "0.00"));
        settle(oneStop(TestDesk.stay(ding.id(), LocalDate.of(2024, 5, 6), "20000.00", "0.00", "10000.00", "0.00"), "邵东县人民医院",
                "4200.00"));
        settle(oneStop(TestDesk.stay(ding.id(), LocalDate.of(2024, 6, 10), "6000.00", "0.00", "3000.00", "0.00"), "新邵县中医院",
                "2100.00"));
        settle(TestDesk.stay(bing.id(), LocalDate.of(2024, 7, 20), "5000.00", "0.00", "2500.00", "0.00"));
    }

    @Test
    void hospitalsAndPersonsAreToldApartAndReconcileWithTheSettlements() {
        sample();
        FundPayments.Lists l = payments.compute(ReportPeriod.year(2024));
        assertEquals(List.of("邵东县人民医院", "新邵县中医院"), l.hospitals().stream().map(FundPayments.HospitalLine::hospital).toList(),
                "by the collator (pinyin)");
        assertEquals(new BigDecimal("4200.00"), l.hospitals().get(0).owed());
        assertEquals(new BigDecimal("2100.00"), l.hospitals().get(1).owed());
        assertEquals(new BigDecimal("6300.00"), l.hospitalsTotal());
        assertEquals(1, l.persons().size(), "居民丙 is owed nothing");
        assertEquals("低保甲", l.persons().get(0).name());
        assertEquals(new BigDecimal("4200.00"), l.persons().get(0).owed());
        // the other way: every settlement of the year, summed tier by tier
        BigDecimal fund = Money.ZERO;
        for (Settled s : settlements.settledBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))) {
            fund = fund.add(s.figures().get("assistance")).add(s.figures().get("reAssistance"));
        }
        assertEquals(new BigDecimal("10500.00"), fund);
        assertEquals(fund, l.hospitalsTotal().add(l.personsTotal()));
        assertEquals(fund, l.fundTotal());
        Statistics st = statistics.compute(ReportPeriod.year(2024));
        assertEquals(2, st.byChannel().get(Channel.ONE_STOP).visits());
        assertEquals(l.hospitalsTotal(), st.byChannel().get(Channel.ONE_STOP).paid("assistance"));
        assertEquals(2, st.byChannel().get(Channel.AFTERWARDS).visits());
        FundPayments.Lists q2 = payments.compute(ReportPeriod.quarter(2024, 2));
        assertEquals(new BigDecimal("6300.00"), q2.hospitalsTotal());
        assertEquals(0, q2.persons().size());
    }

    @Test
    void theRepaymentListExportsWithTypedCells() throws Exception {
        sample();
        FundPayments.Lists l = payments.compute(ReportPeriod.year(2024));
        ReportExports ex = new ReportExports(new ExportText(Locale.SIMPLIFIED_CHINESE));
        Path file = dir.resolve("repay.xlsx");
        XlsxExport.write(List.of(ex.hospitals(l, "新邵县医保局", TestDesk.TODAY), ex.persons(l, null, TestDesk.TODAY),
                ex.fundSummary(l, null, TestDesk.TODAY)), file);
        List<Row> rows = XlsxExportTestAccess.read(file);
        assertEquals("一站式结算医院垫付医疗救助资金清算表", rows.get(0).getCell(0).asString());
        int header = rows.indexOf(rows.stream().filter(r -> r != null && r.getCellCount() > 1 && "医疗机构".equals(r.getCell(1).getText()))
                .findFirst().orElseThrow());
        Row first = rows.get(header + 1);
        assertEquals("邵东县人民医院", first.getCell(1).asString());
        assertEquals(CellType.NUMBER, first.getCell(7).getType());
        assertEquals(0, new BigDecimal("4200.00").compareTo(first.getCell(7).asNumber()));
        Row total = rows.get(header + 3);
        assertEquals("合计", total.getCell(1).asString());
        assertEquals(0, new BigDecimal("6300.00").compareTo(total.getCell(7).asNumber()));
    }
}
