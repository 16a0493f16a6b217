package org.medaid.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.bills.TestDesk;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Category;
import org.medaid.model.Money;
import org.medaid.settlement.Figures;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.Settlement;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;

/** The statistics reconcile with the settlements to the fen, summed both ways. */
class StatisticsServiceTest {

    @TempDir
    Path dir;
    TestDesk desk;
    SettlementService settlements;
    StatisticsService statistics;
    final List<PersonRecord> people = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        LedgerService ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
        settlements = new SettlementService(desk.db, desk.people, desk.bills, ledger, desk.calculator.registry(), desk.clock);
        statistics = new StatisticsService(settlements, desk.people);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void settle(PersonRecord p, LocalDate discharged, String total, String ooc, String basic) {
        StoredBill b = desk.bills.add(TestDesk.stay(p.id(), discharged, total, ooc, basic, "0.00"), desk.as("clerk"));
        settlements.issue(b.id(), IssuedVia.MARKED, "石门镇", "张经办", "clerk");
    }

    /**
     * 低保甲 (MINIMUM_LIVING, Shaoyang: 4,000 deductible, 70%): 03-05 20,000, basic 10,000 → assistance 4,200,
     * self-pay 5,800; 07-09 6,000, basic 3,000 → assistance 2,100, self-pay 900. 边缘乙 (MARGINAL, by application,
     * none approved): 04-10 30,000 of which 2,000 outside the catalogue, basic 15,000 → self-pay 15,000. 居民丙
     * (none): 07-20 5,000, basic 2,500 → self-pay 2,500. A bill entered but never issued (08-01) does not count.
     */
    private void sample() {
        PersonRecord jia = desk.person("低保甲", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING);
        PersonRecord yi = desk.person("边缘乙", TestDesk.SHAOYANG, "东山村", Category.MARGINAL);
        PersonRecord bing = desk.person("居民丙", TestDesk.SHAOYANG, "东山村");
        people.addAll(List.of(jia, yi, bing));
        settle(jia, LocalDate.of(2024, 3, 5), "20000.00", "0.00", "10000.00");
        settle(yi, LocalDate.of(2024, 4, 10), "30000.00", "2000.00", "15000.00");
        settle(jia, LocalDate.of(2024, 7, 9), "6000.00", "0.00", "3000.00");
        settle(bing, LocalDate.of(2024, 7, 20), "5000.00", "0.00", "2500.00");
        desk.bills.add(TestDesk.stay(bing.id(), LocalDate.of(2024, 8, 1), "9000.00", "0.00", "4000.00", "0.00"), desk.as("clerk"));
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theYearsFiguresAreTheHandCheckedSums() {
        sample();
        Statistics s = statistics.compute(ReportPeriod.year(2024));
        assertEquals(4, s.total().visits());
        assertEquals(3, s.total().people());
        assertEquals(m("61000.00"), s.total().totalCost());
        assertEquals(m("59000.00"), s.total().compliantCost());
        assertEquals(m("30500.00"), s.total().paid("basic"));
        assertEquals(m("6300.00"), s.total().paid("assistance"));
        assertEquals(m("24200.00"), s.total().selfPay(), "5,800 + 900 + 15,000 + 2,500");
        assertEquals(m("0.5000"), s.total().share("basic"), "30,500 of 61,000");
        Measures low = s.byCategory().get("MINIMUM_LIVING");
        assertEquals(2, low.visits());
        assertEquals(1, low.people());
        assertEquals(m("6300.00"), low.paid("assistance"));
        assertEquals(m("2500.00"), s.byCategory().get(StatisticsService.ORDINARY).selfPay());
        assertEquals(2, s.byMonth().get(YearMonth.of(2024, 7)).visits());
        assertEquals(12, s.byMonth().size());
        // self-pay per person: 甲 6,700, 乙 15,000, 丙 2,500
        assertEquals(List.of(0L, 1L, 1L, 1L, 0L), s.burden().stream().map(Statistics.Band::people).toList());
        Statistics q3 = statistics.compute(ReportPeriod.quarter(2024, 3));
        assertEquals(2, q3.total().visits());
        assertEquals(m("3400.00"), q3.total().selfPay(), "900 + 2,500");
    }

    @Test
    void everyBreakdownSumsToTheSettlementsToTheFen() {
        sample();
        Statistics s = statistics.compute(ReportPeriod.year(2024));
        // one way: the settlements as stored, person by person
        Map<String, BigDecimal> stored = new java.util.HashMap<>();
        for (PersonRecord p : people) {
            for (Settlement st : settlements.forPerson(p.id())) {
                st.figures().amounts().forEach((k, v) -> stored.merge(k, v, BigDecimal::add));
            }
        }
        for (String key : Figures.KEYS) {
            BigDecimal want = stored.getOrDefault(key, Money.ZERO);
            Function<Measures, BigDecimal> f = key.equals(Figures.SELF_PAY) ? Measures::selfPay : x -> x.paid(key);
            assertEquals(want, f.apply(s.total()), key + " total");
            // the other way: each breakdown summed
            for (Map<?, Measures> by : List.<Map<?, Measures>>of(s.byTownship(), s.byVillage(), s.byCategory(), s.byPolicy(), s.byMonth())) {
                assertEquals(want, by.values().stream().map(f).reduce(Money.ZERO, BigDecimal::add), key + " by " + by.keySet());
            }
        }
        assertEquals(s.total().visits(), s.byMonth().values().stream().mapToLong(Measures::visits).sum());
        assertEquals(s.total().people(), s.burden().stream().mapToLong(Statistics.Band::people).sum());
    }
}
