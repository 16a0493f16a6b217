package org.medaid.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.calc.Tier;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.Track;
import org.medaid.policy.WorkingCalendar;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.users.AuthService;
import org.medaid.workflow.ApplicationBill;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Grant;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowService;

/**
 * Issue 11 item 5: a clerk practising on the sample township sees cases worth something. For a county of each policy
 * area (the area's own sample county and another one chosen at first run) on two days, every sample case that is not
 * 不予救助 has a grant the calculator computes above 0.00, as 审批 shows it ({@link WorkflowService#grant}); where the
 * policy pays no group on application (临沂, 潮州, 广西: assistance is paid at settlement, so an approval adds nothing,
 * ADR 0056) the case's bills are assisted at settlement instead, never "无适用的人员类别".
 */
class SampleGrantsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            430524, 2024-12-20
            430524, 2026-12-02
            430502, 2024-12-20
            430502, 2026-12-02
            371302, 2024-12-20
            371302, 2026-12-02
            371321, 2024-12-20
            371321, 2026-12-02
            445102, 2024-12-20
            445102, 2026-12-02
            445122, 2024-12-20
            445122, 2026-12-02
            450102, 2024-12-20
            450102, 2026-12-02
            450126, 2024-12-20
            450126, 2026-12-02
            """)
    void everySampleCaseNotRefusedIsWorthSomething(String county, LocalDate today) throws Exception {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        PolicyRegistry policies = PolicyRegistry.bundled();
        SampleScenario scenario = SampleScenario.of(county, today, WorkingCalendar.bundled());
        assertEquals(SampleScenario.STAGES.size(), scenario.cases().size(), "a case at each stage");
        Path store = Files.createDirectories(folder.resolve(county + "-" + today));
        try (Database db = Database.open(store)) {
            scenario.load(db, policies, WorkingCalendar.bundled(), clock);
            JdbcPersonStore people = new JdbcPersonStore(db, clock);
            Calculator calculator = new Calculator(policies);
            JdbcBillStore bills = new JdbcBillStore(db, people, calculator, clock);
            LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
            WorkflowService workflow = new WorkflowService(db, people, bills, ledger, new AuthService(db, clock),
                    WorkingCalendar.bundled(), clock);
            List<String> worthless = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (SampleScenario.SampleCase k : scenario.cases()) {
                long personId = people.byIdNumber(k.idNumber()).orElseThrow().id();
                for (AssistanceApplication a : workflow.forPerson(personId)) {
                    Grant grant = workflow.grant(a.id());
                    seen.add(a.stage() + " " + grant.computed());
                    if (a.stage() == Stage.REJECTED || grant.computed().signum() > 0) {
                        continue;
                    }
                    // nothing to grant: allowed only where the policy pays the person's assistance at settlement
                    // (no group of it waits for an application), and then the case's bills were assisted (the year's
                    // cap may be reached on the first of them)
                    BigDecimal relief = BigDecimal.ZERO;
                    for (ApplicationBill b : a.bills()) {
                        Policy policy = policies.find(county, b.settlementDate()).orElseThrow();
                        LedgerRow row = ledger.year(personId, b.settlementDate().getYear()).row(b.billId()).orElseThrow();
                        relief = relief.add(row.paid(Tier.assistance)).add(row.paid(Tier.reAssistance));
                        if (paysOnApplication(policy)) {
                            worthless.add(a.caseNumber() + " " + a.stage() + " grant 0.00 under " + policy.id() + " " + grant.lines());
                        }
                    }
                    if (relief.signum() <= 0) {
                        worthless.add(a.caseNumber() + " " + a.stage() + " not assisted " + grant.lines());
                    }
                }
            }
            System.out.println("GRANTS " + county + " " + today + " " + seen);
            assertEquals(SampleScenario.STAGES.size(), seen.size(), "the cases loaded");
            assertTrue(worthless.isEmpty(), "sample cases worth nothing: " + worthless);
        }
    }

    /** Whether the policy has a group that pays only once an application is approved (ScheduleTier withholds it). */
    private static boolean paysOnApplication(Policy policy) {
        List<Track> tracks = new ArrayList<>(policy.assistance());
        if (policy.reAssistance() != null) {
            tracks.addAll(policy.reAssistance().tracks());
        }
        return tracks.stream().flatMap(t -> t.groups().stream()).anyMatch(g -> g.onApplication() && g.requiresApplication());
    }
}
