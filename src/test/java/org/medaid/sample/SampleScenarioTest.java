package org.medaid.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.calc.TrackStatus;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.WorkingCalendar;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.users.AuthService;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowService;

/**
 * The sample township as the first run loads it (ADR 0052): for a county of each of the five policy files on a
 * day that policy is in force, everything loads and computes, the newest year has bills, every claim of the tour
 * holds in the store (the expectations come from the ledger and the workflow, not from fixed amounts).
 */
class SampleScenarioTest {

    private static final org.medaid.model.WorkingDays CALENDAR = WorkingCalendar.bundled();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource(textBlock = """
            shaoyang-2019, 430524, 2020-11-20
            shaoyang-2021, 430524, 2026-12-02
            chaozhou-2021, 445122, 2026-03-10
            linyi-2022,    371302, 2026-02-20
            guangxi-2022,  450126, 2025-07-01
            """)
    void theSampleOfEachPolicyLoadsWithBillsThisYearAndEveryClaimOfTheTourHolds(String policyId, String county, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        PolicyRegistry policies = PolicyRegistry.bundled();
        SampleScenario scenario = SampleScenario.of(county, today, CALENDAR);
        assertEquals(policyId, policies.find(county, today).orElseThrow().id(), "the policy the sample is computed under");
        assertEquals(today, scenario.years().day(), "the policy is in force today, so the bills run up to today");
        try (Database db = Database.open(folder)) {
            SampleScenario.Loaded loaded = scenario.load(db, policies, WorkingCalendar.bundled(), clock);
            assertEquals(new SampleScenario.Loaded(scenario.people().size(), scenario.bills().size(), SampleScenario.STAGES.size()),
                    loaded);
            JdbcPersonStore people = new JdbcPersonStore(db, clock);
            Calculator calculator = new Calculator(policies);
            JdbcBillStore bills = new JdbcBillStore(db, people, calculator, clock);
            LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
            WorkflowService workflow = new WorkflowService(db, people, bills, ledger, new AuthService(db, clock),
                    WorkingCalendar.bundled(), clock);

            int thisYear = 0;
            int lastYear = 0;
            for (SamplePerson s : scenario.people()) {
                PersonRecord p = people.byIdNumber(s.person().idNumber()).orElseThrow();
                assertTrue(p.idNumber().startsWith(county), p.idNumber() + " is not of the chosen county " + county);
                YearLedgerView now = ledger.year(p.id(), today.getYear());
                YearLedgerView before = ledger.year(p.id(), today.getYear() - 1);
                assertTrue(now.rows().stream().allMatch(r -> r.computed()), p.idNumber() + ": a bill of this year does not compute");
                assertTrue(before.rows().stream().allMatch(r -> r.computed()), p.idNumber() + ": a bill of last year does not compute");
                assertTrue(now.rows().stream().noneMatch(r -> r.bill().settlementDate().isAfter(today)), "a bill after today");
                thisYear += now.rows().size();
                lastYear += before.rows().size();
            }
            assertTrue(thisYear >= 30, "bills this year (the ledgers open on it): " + thisYear);
            assertTrue(lastYear >= 30, "bills last year: " + lastYear);
            assertEquals(scenario.bills().size(), thisYear + lastYear);

            Set<Stage> stagesShown = EnumSet.noneOf(Stage.class);
            boolean capShown = false;
            boolean billsShown = false;
            for (TourStop stop : scenario.tour()) {
                long id = people.byIdNumber(stop.person().person().idNumber()).orElseThrow().id();
                YearLedgerView year = ledger.year(id, stop.year());
                switch (stop.kind()) {
                    case TourStop.BILLS -> {
                        assertEquals(stop.count(), year.rows().size(), "the tour's count of bills of " + stop.person().person().name());
                        billsShown = true;
                    }
                    case TourStop.CAP -> {
                        assertTrue(year.tracks().stream().anyMatch(SampleScenarioTest::capReached),
                                stop.person().person().name() + " reaches no cap in " + stop.year() + ": " + year.tracks());
                        capShown = true;
                    }
                    default -> {
                        List<AssistanceApplication> cases = workflow.forPerson(id);
                        assertEquals(1, cases.size(), "cases of " + stop.person().person().name());
                        assertEquals(stop.stage(), cases.get(0).stage());
                        assertTrue(cases.get(0).history().stream().noneMatch(h -> h.on().isAfter(today)), "a stage after today");
                        stagesShown.add(stop.stage());
                    }
                }
            }
            assertTrue(billsShown && capShown, "the tour names a person with bills and one at a cap");
            assertEquals(EnumSet.allOf(Stage.class), stagesShown, "a case at each stage");
            assertEquals(today.getYear(), scenario.tour().get(0).year(), "the tour points at this year");
        }
    }

    private static boolean capReached(TrackStatus t) {
        return t.cap() != null && t.capLeft().signum() == 0;
    }

    @Test
    void categoriesAreCurrentTodayWithSomeEndedAndSomeEndingSoon() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        SampleScenario scenario = SampleScenario.of("371321", today, CALENDAR);
        long holders = scenario.people().stream().filter(s -> !s.categories().isEmpty()).count();
        long current = scenario.people().stream().filter(s -> s.categories().stream()
                .anyMatch(k -> !k.from().isAfter(today) && (k.to() == null || !k.to().isBefore(today)))).count();
        long ended = holders - current;
        long endingSoon = scenario.people().stream().filter(s -> s.categories().stream()
                .anyMatch(k -> k.to() != null && k.to().isAfter(today) && !k.to().isAfter(today.plusDays(30)))).count();
        assertTrue(current >= holders * 7 / 10, current + " of " + holders + " hold a current category");
        assertTrue(ended > 0 && endingSoon > 0, "ended " + ended + ", ending within 30 days " + endingSoon);
        assertTrue(scenario.people().stream().allMatch(s -> s.person().enrolmentYear() == today.getYear()));
    }

    @Test
    void whereTheRegionsPolicyHasEndedTheBillsStopAtItsLastDayAndTheTourSaysSo() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        SampleScenario scenario = SampleScenario.of("450126", today, CALENDAR);
        assertTrue(PolicyRegistry.bundled().find("450126", today).isEmpty(), "a Guangxi policy for 2026 exists: test the year");
        assertTrue(scenario.years().policyEnded());
        LocalDate last = PolicyRegistry.bundled().byId("guangxi-2022").orElseThrow().to();
        assertEquals(last, scenario.years().day());
        assertTrue(scenario.bills().stream().allMatch(b -> !b.settled().isAfter(last)));
        assertTrue(scenario.bills().stream().anyMatch(b -> b.settled().getYear() == last.getYear()));
        String first = SampleTour.lines(scenario, Locale.SIMPLIFIED_CHINESE).get(0);
        assertTrue(first.contains(last.toString()) && first.contains(String.valueOf(last.getYear())), first);
    }

    @Test
    void withoutTheWorkingDayCalendarOfTheYearTheTownshipHasNoCasesAndTheTourSaysSo() {
        int year = java.util.stream.IntStream.rangeClosed(2026, 2100).filter(y -> !CALENDAR.covers(y)).findFirst().orElseThrow();
        SampleScenario scenario = SampleScenario.of("371321", LocalDate.of(year, 3, 2), CALENDAR);
        assertEquals(List.of(), scenario.cases());
        assertTrue(scenario.tour().stream().noneMatch(s -> s.kind().equals(TourStop.STAGE)));
        String line = SampleTour.lines(scenario, Locale.SIMPLIFIED_CHINESE).get(1);
        assertTrue(line.contains(String.valueOf(year)) && line.contains("工作日历"), line);
    }

    @Test
    void theTourReadsInChineseAndEnglishAndNamesEachPerson() {
        SampleScenario scenario = SampleScenario.of("371321", LocalDate.of(2026, 12, 2), CALENDAR);
        List<String> zh = SampleTour.lines(scenario, Locale.SIMPLIFIED_CHINESE);
        List<String> en = SampleTour.lines(scenario, Locale.ENGLISH);
        assertEquals(scenario.tour().size() + 1, zh.size());
        assertEquals(zh.size(), en.size());
        for (int i = 0; i < scenario.tour().size(); i++) {
            String name = scenario.tour().get(i).person().person().name();
            assertTrue(zh.get(i + 1).contains(name) && en.get(i + 1).contains(name), zh.get(i + 1) + " / " + en.get(i + 1));
            assertFalse(zh.get(i + 1).equals(en.get(i + 1)));
        }
    }

    @Test
    void aChosenCountyGivesItsOwnCodesAndTheSameTownshipShape() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        SampleScenario yinan = SampleScenario.of("371321", today, CALENDAR);
        SampleScenario lanshan = SampleScenario.of("371302", today, CALENDAR);
        assertEquals(yinan.people().size(), lanshan.people().size());
        assertTrue(lanshan.people().stream().allMatch(s -> s.person().idNumber().startsWith("371302")));
        assertNotNull(lanshan.town().township());
        assertTrue(lanshan.town().township().startsWith("兰山"), lanshan.town().township());
        assertTrue(lanshan.people().stream().flatMap(s -> s.categories().stream()).allMatch(k -> k.documentNo().startsWith("兰山")));
        assertEquals(SampleScenario.of("371302", today, CALENDAR), lanshan, "the same every time");
    }
}
