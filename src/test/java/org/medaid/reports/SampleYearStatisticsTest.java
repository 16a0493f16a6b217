package org.medaid.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.JdbcBillStore;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Calculator;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Money;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.WorkingCalendar;
import org.medaid.sample.SamplePerson;
import org.medaid.sample.SampleScenario;
import org.medaid.settlement.Figures;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.Settlement;
import org.medaid.settlement.SettlementService;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;

/**
 * The statistics of a whole sample year reconcile with the settlements to the fen (issue 13's "done when"): the
 * sample township of 隆回县 (shaoyang-2021) as the first run loads it on 2026-12-02, every bill of 2025 issued, then
 * each figure of the year's statistics equals the sum of the issued settlements read person by person, and each
 * breakdown (township, village, category, policy, month, channel) sums back to it; 人次 is the number of bills issued.
 */
class SampleYearStatisticsTest {

    @TempDir
    Path folder;

    @Test
    void aSampleYearReconcilesWithItsSettlementsToTheFen() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        PolicyRegistry policies = PolicyRegistry.bundled();
        SampleScenario scenario = SampleScenario.of("430524", today, WorkingCalendar.bundled());
        try (Database db = Database.open(folder)) {
            scenario.load(db, policies, WorkingCalendar.bundled(), clock);
            JdbcPersonStore people = new JdbcPersonStore(db, clock);
            Calculator calculator = new Calculator(policies);
            JdbcBillStore bills = new JdbcBillStore(db, people, calculator, clock);
            LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
            SettlementService settlements = new SettlementService(db, people, bills, ledger, policies, clock);
            int issued = 0;
            Set<Long> persons = new HashSet<>();
            Map<String, BigDecimal> stored = new HashMap<>();
            for (SamplePerson s : scenario.people()) {
                PersonRecord p = people.byIdNumber(s.person().idNumber()).orElseThrow();
                for (StoredBill b : bills.forPersonAndYear(p.id(), 2025)) {
                    settlements.issue(b.id(), IssuedVia.MARKED, "隆回县医保局", "样例经办", "clerk");
                    issued++;
                    persons.add(p.id());
                }
                // one way: the settlements as stored, person by person
                for (Settlement st : settlements.forPerson(p.id())) {
                    st.figures().amounts().forEach((k, v) -> stored.merge(k, v, BigDecimal::add));
                }
            }
            assertTrue(issued > 50, "the sample year has its bills: " + issued);

            Statistics year = new StatisticsService(settlements, people).compute(ReportPeriod.year(2025));
            assertEquals(issued, year.total().visits(), "人次");
            assertEquals(persons.size(), year.total().people(), "人数");
            for (String key : Figures.KEYS) {
                BigDecimal want = stored.getOrDefault(key, Money.ZERO);
                Function<Measures, BigDecimal> f = key.equals(Figures.SELF_PAY) ? Measures::selfPay : x -> x.paid(key);
                assertEquals(want, f.apply(year.total()), key + " total");
                // the other way: each breakdown summed
                for (Map<?, Measures> by : List.<Map<?, Measures>>of(year.byTownship(), year.byVillage(), year.byCategory(),
                        year.byPolicy(), year.byMonth(), year.byChannel())) {
                    assertEquals(want, by.values().stream().map(f).reduce(Money.ZERO, BigDecimal::add), key + " by " + by.keySet());
                }
            }
            assertEquals(issued, year.byMonth().values().stream().mapToLong(Measures::visits).sum());
            assertTrue(year.total().paid(Figures.KEYS.get(0)).signum() > 0, "something was paid in the year");
        }
    }
}
