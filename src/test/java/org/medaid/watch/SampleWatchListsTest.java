package org.medaid.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.ledger.LedgerService;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.WorkingCalendar;
import org.medaid.sample.SampleBills;
import org.medaid.sample.SampleScenario;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;

/**
 * Each watch rule on its sample township as the first run loads it (the whole previous year): the people the sample
 * was made to reach the caps or to need assistance on application (their stays of 150,000 to 320,000 at the
 * provincial hospital leave far more than any line) are on the list; nobody without a bill of the year is; every
 * entry is at or over its line, with the clause; whoever's bills cost less in all than the lowest line is not listed.
 * Chaozhou's rule needs the household's income, which the sample does
 * not record: nobody is listed and the note counts the households that could not be decided.
 */
class SampleWatchListsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource(textBlock = """
            GUANGXI_ALERT,    450126, 2025-07-01, 广西通知 三(四)
            SHAOYANG_TILT,    430524, 2026-12-02, 邵医保发〔2021〕32号 三(八)
            CHAOZHOU_ILLNESS, 445122, 2026-03-10, 潮医保〔2021〕48号
            """)
    void theSampleTownshipsPeopleAreListedByTheRule(WatchRule rule, String county, LocalDate today, String clause) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        PolicyRegistry policies = PolicyRegistry.bundled();
        SampleScenario scenario = SampleScenario.of(county, today, WorkingCalendar.bundled());
        int year = today.getYear() - 1;
        Set<String> heavy = scenario.bills().stream().filter(b -> b.settled().getYear() == year)
                .filter(b -> b.purpose().equals(SampleBills.CAP) || b.purpose().equals(SampleBills.APPLICATION))
                .map(SampleBills.SampleBill::idNumber).collect(Collectors.toCollection(TreeSet::new));
        Set<String> billed = scenario.bills().stream().filter(b -> b.settled().getYear() == year)
                .map(SampleBills.SampleBill::idNumber).collect(Collectors.toSet());
        assertFalse(heavy.isEmpty(), "the sample has people with heavy stays in " + year);
        try (Database db = Database.open(folder)) {
            scenario.load(db, policies, WorkingCalendar.bundled(), clock);
            JdbcPersonStore people = new JdbcPersonStore(db, clock);
            Calculator calculator = new Calculator(policies);
            JdbcBillStore bills = new JdbcBillStore(db, people, calculator, clock);
            LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
            WatchLists lists = new WatchLists(db, people, ledger, new WatchStore(db, clock), () -> policies);
            WatchList list = lists.compute(rule, Period.year(year));
            Set<String> listed = list.entries().stream().map(WatchEntry::idNumber).collect(Collectors.toCollection(TreeSet::new));
            if (rule == WatchRule.CHAOZHOU_ILLNESS) {
                assertEquals(Set.of(), listed, "no household income is recorded in the sample");
                assertTrue(list.notes().stream().anyMatch(n -> n.contains("未登记家庭年可支配收入")), list.notes().toString());
                return;
            }
            assertTrue(listed.containsAll(heavy), "missing from the list: " + heavy.stream().filter(h -> !listed.contains(h)).toList()
                    + " of " + list.entries().stream().map(e -> e.name() + " " + e.figure()).toList());
            assertTrue(billed.containsAll(listed), "listed without a bill of the year");
            assertTrue(listed.size() < billed.size(), "the line leaves people with small bills off: " + listed.size() + " of "
                    + billed.size());
            // checked by hand without the calculator: whoever's bills of the year cost less in all than the lowest line
            // cannot bear that much, so is not listed
            java.math.BigDecimal lowest = list.entries().stream().map(WatchEntry::line).min(java.math.BigDecimal::compareTo).orElseThrow();
            java.util.Map<String, java.math.BigDecimal> cost = scenario.bills().stream().filter(b -> b.settled().getYear() == year)
                    .collect(Collectors.toMap(SampleBills.SampleBill::idNumber, SampleBills.SampleBill::total, java.math.BigDecimal::add));
            Set<String> small = cost.entrySet().stream().filter(c -> c.getValue().compareTo(lowest) < 0).map(java.util.Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertFalse(small.isEmpty(), "the sample has people with small bills");
            assertTrue(small.stream().noneMatch(listed::contains), "listed though their bills cost less than " + lowest);
            for (WatchEntry e : list.entries()) {
                assertTrue(e.figure().compareTo(e.line()) >= 0, e.name() + " " + e.figure() + " < " + e.line());
                assertTrue(e.clause().startsWith(clause), e.clause());
                assertEquals(year, e.since().getYear(), e.name());
            }
        }
    }
}
