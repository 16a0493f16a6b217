package org.medaid.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.BillDraft;
import org.medaid.bills.TestDesk;
import org.medaid.insurance.CountyConditions;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.store.PersonRecord;

/**
 * The 未参保 flags of a list of bills (ADR 0098, amended by objection22), on a real H2 store: each bill's sentence is the
 * one a single bill gets (the county's decision cited with its document), and the county's decision is read once for the
 * list, not once per bill. Reads are counted by H2 itself ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}: how many times
 * the statement that reads the decision ran), not by a stand-in.
 */
class BillFlagsListTest {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 9, 15),
            LocalDate.of(2024, 11, 20));

    @TempDir
    Path dir;
    TestDesk desk;
    BillFlags flags;
    PersonRecord p;
    List<BillDraft> bills = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        InsuranceLedger insurance = new InsuranceLedger(desk.db, desk.clock, PolicyRegistry::bundled);
        flags = new BillFlags(insurance, new ChronicEntitlements(desk.db, desk.people, PolicyRegistry::bundled, desk.clock));
        new CountyConditions(desk.db, PolicyRegistry::bundled, desk.clock).record("guangxi-2022", true, "桂某医保发〔2023〕7号",
                "第四条", "救助对象应当参加基本医疗保险", 0, TestSessions.as(desk.db, "admin", Role.ADMINISTRATOR));
        p = desk.person("周九", "450126", "东村", Category.MINIMUM_LIVING);
        insurance.record(new CoverageDraft(p.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED, null), 0,
                null, desk.as("clerk"));
        for (LocalDate d : DATES) {
            bills.add(TestDesk.stay(p.id(), d, "30000.00", "2000.00", "15000.00", "0.00"));
        }
        desk.db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS TRUE"); // the test store's user is H2's administrator
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** How many times H2 ran the statement that reads the county's decision (CountyConditionRows) since statistics began. */
    private long decisionReads() {
        return desk.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM "
                    + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT LIKE '%FROM insurance_condition_decision%' "
                    + "AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"); // not this count's own statement
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String expected(LocalDate d) {
        return "未参保：参保台账记载该人员在 " + d + "（票据结算日）未参加基本医疗保险（原因：服刑）。医疗救助须已参加基本医疗保险"
                + "（县区医保局确认：桂某医保发〔2023〕7号 第四条「救助对象应当参加基本医疗保险」；桂乡村振兴指挥部医保专责小组通知（2022-06-23）"
                + "未写明此条件）。此票据不能申请医疗救助；如记载有误，请在参保台账更正";
    }

    @Test
    void aListOfUninsuredBillsGetsEachBillsSentenceAndReadsTheDecisionOnce() {
        long before = decisionReads();
        List<List<String>> listed = flags.of(p.id(), bills, Locale.SIMPLIFIED_CHINESE);
        assertEquals(1, decisionReads() - before, "one read of the county's decision for the four bills");
        assertEquals(DATES.stream().map(d -> List.of(expected(d))).toList(), listed);
    }

    @Test
    void billByBillTheSameSentencesEachWithItsOwnRead() {
        long before = decisionReads();
        List<List<String>> one = new ArrayList<>();
        for (BillDraft b : bills) {
            one.add(flags.of(p.id(), b, Locale.SIMPLIFIED_CHINESE));
        }
        assertEquals(DATES.size(), decisionReads() - before, "a call per bill reads it per bill, as before");
        assertEquals(one, flags.of(p.id(), bills, Locale.SIMPLIFIED_CHINESE), "the list gives what the bills give one by one");
        assertEquals(DATES.stream().map(d -> List.of(expected(d))).toList(), one);
    }
}
