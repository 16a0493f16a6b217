package org.medaid.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.TestDesk;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;
import org.medaid.session.DutyException;

/** The 参保台账 on a real H2 file. Today is 2024-12-20 (TestDesk). */
class InsuranceLedgerTest {

    @TempDir
    Path dir;
    TestDesk desk;
    InsuranceLedger ledger;
    Session clerk;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        ledger = new InsuranceLedger(desk.db, desk.clock, PolicyRegistry::bundled);
        clerk = desk.as("clerk");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static CoverageDraft insured(long person, int year, LocalDate since) {
        return new CoverageDraft(person, year, InsuranceStatus.RESIDENT, since, null, null);
    }

    @Test
    void an_uninsured_person_is_listed_with_the_reason_and_the_days_left() {
        PersonRecord a = desk.person("张三", TestDesk.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        PersonRecord b = desk.person("李四", TestDesk.SHAOYANG, "白云村", Category.EXTREME_POOR);
        PersonRecord c = desk.person("王五", TestDesk.SHAOYANG, "红旗村", Category.MINIMUM_LIVING);
        ledger.record(insured(a.id(), 2024, LocalDate.of(2023, 11, 2)), 0, null, clerk);
        ledger.record(new CoverageDraft(b.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED, null),
                0, null, clerk);

        List<UninsuredRow> rows = ledger.uninsured(2024);
        assertEquals(List.of("李四", "王五"), rows.stream().map(UninsuredRow::name).toList());
        assertEquals(UninsuredReason.IMPRISONED, rows.get(0).entry().reason());
        assertFalse(rows.get(1).recorded());
        assertEquals(11, rows.get(0).daysLeft());
        assertEquals(-1, ledger.uninsured(2023).get(0).daysLeft(), "a past year's 31 December has gone");
        // next year: nobody recorded yet, all three are listed
        assertEquals(3, ledger.uninsured(2025).size());
    }

    @Test
    void coverage_by_village_against_the_policy_target() {
        PersonRecord a = desk.person("张三", TestDesk.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        PersonRecord b = desk.person("李四", TestDesk.SHAOYANG, "白云村", Category.EXTREME_POOR);
        PersonRecord c = desk.person("王五", TestDesk.SHAOYANG, "红旗村", Category.MINIMUM_LIVING);
        desk.person("赵六", TestDesk.LINYI, "东村", Category.MINIMUM_LIVING);
        ledger.record(insured(a.id(), 2024, LocalDate.of(2023, 11, 2)), 0, null, clerk);
        ledger.record(new CoverageDraft(b.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.DECEASED, null), 0,
                null, clerk);
        ledger.record(new CoverageDraft(c.id(), 2024, InsuranceStatus.ELSEWHERE, LocalDate.of(2024, 3, 1), null, null), 0,
                null, clerk);

        List<VillageCoverage> rows = ledger.coverage(2024);
        VillageCoverage baiyun = rows.stream().filter(r -> r.village().equals("白云村")).findFirst().orElseThrow();
        assertEquals(2, baiyun.protectedCount());
        assertEquals(new BigDecimal("50.00"), baiyun.ratePercent());
        assertEquals(new BigDecimal("100.00"), baiyun.targetPercent());
        assertTrue(baiyun.target().source().contains("邵医保发〔2021〕32号 二(一)"), baiyun.target().source());
        assertEquals(Boolean.FALSE, baiyun.meetsTarget());
        VillageCoverage hongqi = rows.stream().filter(r -> r.village().equals("红旗村")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, hongqi.meetsTarget());
        // 临医保发〔2022〕13号 gives no rate: unknown, not invented
        VillageCoverage dong = rows.stream().filter(r -> r.village().equals("东村")).findFirst().orElseThrow();
        assertNull(dong.target());
        assertNull(dong.meetsTarget());
        assertEquals(1, dong.unrecorded());
    }

    @Test
    void guangxi_target_is_100_percent_with_its_clause() {
        PolicyRegistry bundled = PolicyRegistry.bundled();
        assertEquals(0, bundled.byId("guangxi-2022").orElseThrow().extras().coverageTarget().value().compareTo(BigDecimal.ONE));
        assertTrue(bundled.byId("guangxi-2022").orElseThrow().extras().coverageTarget().source().contains("广西通知 一"));
        assertNull(bundled.byId("chaozhou-2021").orElseThrow().extras().coverageTarget());
        assertNull(bundled.byId("linyi-2022").orElseThrow().extras().coverageTarget());
    }

    @Test
    void a_correction_keeps_the_row_and_writes_the_old_and_new_values_to_the_audit() throws Exception {
        PersonRecord a = desk.person("张三", TestDesk.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        CoverageRecord first = ledger.record(new CoverageDraft(a.id(), 2024, InsuranceStatus.UNINSURED, null,
                UninsuredReason.OTHER, "外出务工未联系上"), 0, null, clerk);
        assertEquals(InsuranceProblem.CORRECTION_REASON_MISSING, assertThrows(InsuranceException.class,
                () -> ledger.record(insured(a.id(), 2024, LocalDate.of(2024, 6, 1)), first.version(), " ", clerk)).problem());
        CoverageRecord corrected = ledger.record(insured(a.id(), 2024, LocalDate.of(2024, 6, 1)), first.version(),
                "已补缴", clerk);
        assertEquals(first.id(), corrected.id());
        assertEquals(InsuranceStatus.RESIDENT, corrected.status());
        assertNull(corrected.reasonText());
        // the stale version of the screen that still shows the first row is refused
        assertThrows(StaleRecordException.class,
                () -> ledger.record(insured(a.id(), 2024, LocalDate.of(2024, 7, 1)), first.version(), "再改", clerk));
        List<String> audit = desk.db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT action, old_value, new_value FROM audit "
                    + "WHERE table_name = 'insurance_year' AND record_id = ? ORDER BY id")) {
                ps.setLong(1, first.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                    }
                }
            }
            return out;
        });
        assertEquals(2, audit.size(), audit.toString());
        assertTrue(audit.get(0).startsWith("INSERT|null|") && audit.get(0).contains("外出务工未联系上"), audit.get(0));
        assertTrue(audit.get(1).startsWith("UPDATE|") && audit.get(1).contains("外出务工未联系上")
                && audit.get(1).contains("已补缴") && audit.get(1).contains("RESIDENT"), audit.get(1));
        // mid-year registration insures from its date (潮医保〔2021〕48号 二.2)
        assertEquals(CoverageCheck.State.NOT_INSURED, ledger.check(a.id(), LocalDate.of(2024, 5, 31)).state());
        assertEquals(CoverageCheck.State.INSURED, ledger.check(a.id(), LocalDate.of(2024, 6, 1)).state());
        assertEquals(CoverageCheck.State.UNRECORDED, ledger.check(a.id(), LocalDate.of(2023, 6, 1)).state());
    }

    @Test
    void refusals_write_nothing() {
        PersonRecord a = desk.person("张三", TestDesk.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        assertProblem(new CoverageDraft(a.id(), 2024, InsuranceStatus.UNINSURED, null, null, null), InsuranceProblem.REASON_MISSING);
        assertProblem(new CoverageDraft(a.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.OTHER, "  "),
                InsuranceProblem.REASON_TEXT_MISSING);
        assertProblem(new CoverageDraft(a.id(), 2024, InsuranceStatus.EMPLOYEE, null, null, null), InsuranceProblem.DATE_MISSING);
        assertProblem(insured(a.id(), 2024, LocalDate.of(2022, 12, 1)), InsuranceProblem.DATE_OUT_OF_YEAR);
        assertProblem(insured(a.id(), 2025, LocalDate.of(2024, 12, 21)), InsuranceProblem.DATE_IN_FUTURE);
        assertProblem(insured(a.id(), 2027, LocalDate.of(2024, 12, 1)), InsuranceProblem.YEAR_OUT_OF_RANGE);
        assertProblem(new CoverageDraft(a.id(), 2024, InsuranceStatus.RESIDENT, LocalDate.of(2024, 1, 1),
                UninsuredReason.DECEASED, null), InsuranceProblem.REASON_NOT_APPLICABLE);
        assertProblem(insured(a.id() + 99, 2024, LocalDate.of(2024, 1, 1)), InsuranceProblem.PERSON_UNKNOWN);
        assertTrue(ledger.forPerson(a.id()).isEmpty());
    }

    @Test
    void a_user_without_the_enrol_duty_is_refused() {
        PersonRecord a = desk.person("张三", TestDesk.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        Session payout = TestSessions.as(desk.db, "payer", Role.PAYOUT_CLERK);
        assertThrows(DutyException.class, () -> ledger.record(insured(a.id(), 2024, LocalDate.of(2024, 1, 1)), 0, null, payout));
        assertTrue(ledger.forPerson(a.id()).isEmpty());
    }

    private void assertProblem(CoverageDraft d, InsuranceProblem problem) {
        assertEquals(problem, assertThrows(InsuranceException.class, () -> ledger.record(d, 0, null, clerk)).problem());
    }
}
