package org.medaid.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.bills.TestDesk;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;

/**
 * The county's decision on "basic insurance before assistance" (ADR 0098) in a real H2 store: only an administrator
 * records it, only with the county's document number, clause and words, in one transaction with an audit row; a later
 * decision supersedes it and the history stays; a policy whose document states the condition (Linyi) is not offered.
 */
class CountyConditionsTest {

    private static final String DOC = "新邵医保发〔2023〕12号";

    @TempDir
    Path dir;

    private static CountyConditions conditions(TestDesk desk) {
        return new CountyConditions(desk.db, PolicyRegistry::bundled, desk.clock);
    }

    private static Session admin(TestDesk desk) {
        return TestSessions.as(desk.db, "admin", Role.ADMINISTRATOR);
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aClerkIsRefusedWithAChineseSentenceAndNothingIsWritten() {
        try (TestDesk desk = new TestDesk(dir)) {
            long audits = count(desk.db, "SELECT COUNT(*) FROM audit");
            DutyException e = assertThrows(DutyException.class, () -> conditions(desk).record("shaoyang-2021", true, DOC, "第三条",
                    "医疗救助对象须已参加城乡居民基本医疗保险", 0, desk.as("clerk")));
            assertEquals("只有系统管理员可以修改设置；您的角色是经办人。", e.message(Locale.SIMPLIFIED_CHINESE));
            assertEquals(0, count(desk.db, "SELECT COUNT(*) FROM insurance_condition_decision"));
            assertEquals(audits, count(desk.db, "SELECT COUNT(*) FROM audit"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            no document number | NULL                   | 第三条 | 须已参加基本医疗保险 | CONDITION_DOCUMENT_MISSING | 请填写县区文件的文号（如 某医保发〔2023〕12号）：参保条件的决定须有文件依据
            a blank clause     | 新邵医保发〔2023〕12号 | '  '   | 须已参加基本医疗保险 | CONDITION_CLAUSE_MISSING   | 请填写该文件的条款（如 第三条）：参保条件的决定须有文件依据
            no quoted words    | 新邵医保发〔2023〕12号 | 第三条 | ''                   | CONDITION_QUOTE_MISSING    | 请照录该条款的原文：参保条件的决定须有文件依据
            """)
    void aDecisionWithoutItsCitationIsRefused(String what, String document, String clause, String quoted, InsuranceProblem problem,
            String sentence) {
        try (TestDesk desk = new TestDesk(dir)) {
            Session admin = admin(desk);
            for (boolean required : new boolean[] {true, false}) {
                InsuranceException e = assertThrows(InsuranceException.class,
                        () -> conditions(desk).record("shaoyang-2021", required, document, clause, quoted, 0, admin), what);
                assertEquals(problem, e.problem());
                assertEquals(sentence, InsuranceTexts.problem(e, Locale.SIMPLIFIED_CHINESE));
                assertFalse(InsuranceTexts.problem(e, Locale.ENGLISH).isBlank());
            }
            assertEquals(0, count(desk.db, "SELECT COUNT(*) FROM insurance_condition_decision"));
        }
    }

    @Test
    void aRecordedDecisionIsAuditedAndOutlivesTheStore() {
        long id;
        try (TestDesk desk = new TestDesk(dir)) {
            CountyCondition saved = conditions(desk).record("shaoyang-2021", false, " " + DOC + " ", "第三条",
                    "特困人员、低保对象未参保的，不影响其申请医疗救助", 0, admin(desk));
            id = saved.id();
            assertEquals(DOC, saved.document(), "the citation is kept as typed, without the spaces around it");
            assertFalse(saved.required());
            assertNull(saved.supersedes());
            assertEquals("admin", saved.decidedBy());
            String json = desk.db.read(c -> {
                try (var ps = c.prepareStatement("SELECT user_name, action, new_value, old_value FROM audit "
                        + "WHERE table_name = 'insurance_condition_decision' AND record_id = ?")) {
                    ps.setLong(1, saved.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), "one audit row");
                        assertEquals("admin", rs.getString(1));
                        assertEquals("INSERT", rs.getString(2));
                        assertNull(rs.getString(4), "nothing was in force before");
                        String v = rs.getString(3);
                        assertFalse(rs.next());
                        return v;
                    }
                }
            });
            assertTrue(json.contains(DOC) && json.contains("不影响其申请医疗救助"), json);
        }
        try (TestDesk again = new TestDesk(dir)) {
            CountyCondition read = conditions(again).current("shaoyang-2021").orElseThrow();
            assertEquals(id, read.id());
            assertEquals(DOC + " 第三条「特困人员、低保对象未参保的，不影响其申请医疗救助」", read.citation());
            assertEquals(Optional.empty(), conditions(again).current("shaoyang-2019"), "a decision is of one policy");
        }
    }

    @Test
    void aLaterDecisionSupersedesTheOneInForceAndTheHistoryStays() {
        try (TestDesk desk = new TestDesk(dir)) {
            CountyConditions conditions = conditions(desk);
            Session admin = admin(desk);
            CountyCondition first = conditions.record("chaozhou-2021", true, "潮湘医保〔2023〕3号", "第五条",
                    "医疗救助对象应当参加基本医疗保险", 0, admin);
            InsuranceException stale = assertThrows(InsuranceException.class, () -> conditions.record("chaozhou-2021", false,
                    "潮湘医保〔2024〕8号", "第二条", "不以参加基本医疗保险为前提", 0, admin), "the administrator saw no decision");
            assertEquals(InsuranceProblem.CONDITION_CHANGED, stale.problem());
            CountyCondition second = conditions.record("chaozhou-2021", false, "潮湘医保〔2024〕8号", "第二条",
                    "不以参加基本医疗保险为前提", first.id(), admin);
            assertEquals(first.id(), second.supersedes());
            List<CountyCondition> history = conditions.history("chaozhou-2021");
            assertEquals(List.of(second.id(), first.id()), history.stream().map(CountyCondition::id).toList());
            assertTrue(history.get(1).required(), "the superseded decision is kept as it was");
            assertEquals(second, conditions.current("chaozhou-2021").orElseThrow());
            String old = desk.db.read(c -> {
                try (var ps = c.prepareStatement("SELECT old_value FROM audit WHERE table_name = 'insurance_condition_decision' "
                        + "AND record_id = ?")) {
                    ps.setLong(1, second.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            assertTrue(old.contains("潮湘医保〔2023〕3号"), "the audit row of the new decision names the one it superseded: " + old);
        }
    }

    @Test
    void linyisOwnClauseIsNotOfferedForOverride() {
        try (TestDesk desk = new TestDesk(dir)) {
            assertFalse(CountyConditions.offered(PolicyRegistry.bundled().byId("linyi-2022").orElseThrow()));
            for (String id : List.of("shaoyang-2019", "shaoyang-2021", "chaozhou-2021", "guangxi-2022")) {
                assertTrue(CountyConditions.offered(PolicyRegistry.bundled().byId(id).orElseThrow()), id);
            }
            InsuranceException e = assertThrows(InsuranceException.class, () -> conditions(desk).record("linyi-2022", false,
                    "临医保发〔2025〕1号", "第一条", "不以参保为条件", 0, admin(desk)));
            assertEquals(InsuranceProblem.CONDITION_IN_DOCUMENT, e.problem());
            assertTrue(InsuranceTexts.problem(e, Locale.SIMPLIFIED_CHINESE).startsWith(
                    "临医保发〔2022〕13号已写明医疗救助须已参加基本医疗保险（鲁医保发〔2021〕56号 二(六)"),
                    InsuranceTexts.problem(e, Locale.SIMPLIFIED_CHINESE));
            assertEquals(0, count(desk.db, "SELECT COUNT(*) FROM insurance_condition_decision"));
            // a row put in by hand is still not laid over the document's clause
            desk.db.inTransaction(c -> {
                try (var ps = c.prepareStatement("INSERT INTO insurance_condition_decision (policy_id, decision, document_no, clause, "
                        + "quoted, decided_by, decided_at) VALUES ('linyi-2022', 'NOT_REQUIRED', 'x', 'y', 'z', 'admin', CURRENT_TIMESTAMP)")) {
                    return ps.executeUpdate();
                }
            });
            InsuranceCondition linyi = desk.db.read(c -> InsuranceCondition.of(c, PolicyRegistry.bundled().byId("linyi-2022")));
            assertTrue(linyi.refuses());
            assertNull(linyi.county());
            assertTrue(linyi.confirmed());
        }
    }

    @Test
    void theStoreRefusesADecisionWithoutCitationOrOfAnotherKind() {
        try (TestDesk desk = new TestDesk(dir)) {
            for (String values : List.of("'shaoyang-2021', 'REQUIRED', ' ', '第三条', '原文'", "'shaoyang-2021', 'MAYBE', 'a', 'b', 'c'")) {
                assertThrows(RuntimeException.class, () -> desk.db.inTransaction(c -> {
                    try (var ps = c.prepareStatement("INSERT INTO insurance_condition_decision (policy_id, decision, document_no, "
                            + "clause, quoted, decided_by, decided_at) VALUES (" + values + ", 'admin', CURRENT_TIMESTAMP)")) {
                        return ps.executeUpdate();
                    }
                }), values);
            }
        }
    }
}
