package org.medaid.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * The bill screen's 未参保 flag after the county recorded its decision on the condition (ADR 0098): it cites the county's
 * document in Chinese and English; with "not required" it says the bill can be applied for, not that it cannot.
 */
class NotInsuredFlagCountyDecisionTest {

    @TempDir
    Path dir;
    TestDesk desk;
    BillFlags flags;
    InsuranceLedger insurance;
    CountyConditions conditions;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        insurance = new InsuranceLedger(desk.db, desk.clock, PolicyRegistry::bundled);
        flags = new BillFlags(insurance, new ChronicEntitlements(desk.db, desk.people, PolicyRegistry::bundled, desk.clock));
        conditions = new CountyConditions(desk.db, PolicyRegistry::bundled, desk.clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String flag(String region, Locale locale) {
        PersonRecord p = desk.person("周九", region, "东村", Category.MINIMUM_LIVING);
        insurance.record(new CoverageDraft(p.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED, null), 0, null,
                desk.as("clerk"));
        List<String> out = flags.of(p.id(), TestDesk.stay(p.id(), LocalDate.of(2024, 11, 20), "30000.00", "2000.00", "15000.00",
                "0.00"), locale);
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    @Test
    void requiredTheFlagCitesTheCountysDocumentInChineseAndEnglish() {
        conditions.record("guangxi-2022", true, "桂某医保发〔2023〕7号", "第四条", "救助对象应当参加基本医疗保险", 0,
                TestSessions.as(desk.db, "admin", Role.ADMINISTRATOR));
        assertEquals("未参保：参保台账记载该人员在 2024-11-20（票据结算日）未参加基本医疗保险（原因：服刑）。医疗救助须已参加基本医疗保险"
                + "（县区医保局确认：桂某医保发〔2023〕7号 第四条「救助对象应当参加基本医疗保险」；桂乡村振兴指挥部医保专责小组通知（2022-06-23）"
                + "未写明此条件）。此票据不能申请医疗救助；如记载有误，请在参保台账更正", flag("450126", Locale.SIMPLIFIED_CHINESE));
        String en = flag("450126", Locale.ENGLISH);
        assertTrue(en.contains(". Assistance needs basic medical insurance (confirmed by the county: 桂某医保发〔2023〕7号 第四条"
                + "「救助对象应当参加基本医疗保险」; 桂乡村振兴指挥部医保专责小组通知（2022-06-23） does not say so). This bill cannot be "
                + "applied for"), en);
    }

    @Test
    void notRequiredTheFlagSaysTheBillCanBeAppliedFor() {
        conditions.record("shaoyang-2021", false, "新邵医保发〔2023〕12号", "第三条", "未参保的困难群众不影响其申请医疗救助", 0,
                TestSessions.as(desk.db, "admin", Role.ADMINISTRATOR));
        String zh = flag("430522", Locale.SIMPLIFIED_CHINESE);
        assertEquals("未参保：参保台账记载该人员在 2024-11-20（票据结算日）未参加基本医疗保险（原因：服刑）。县区医保局已确认医疗救助不以参加"
                + "基本医疗保险为条件（新邵医保发〔2023〕12号 第三条「未参保的困难群众不影响其申请医疗救助」；邵医保发〔2021〕32号未写明此条件）。"
                + "此票据可以申请医疗救助；请动员其参保，如记载有误，请在参保台账更正", zh);
        assertFalse(zh.contains("不能申请"), zh);
        String en = flag("430522", Locale.ENGLISH);
        assertTrue(en.contains("The county has confirmed that assistance does not need basic medical insurance (新邵医保发〔2023〕12号 "
                + "第三条「未参保的困难群众不影响其申请医疗救助」; 邵医保发〔2021〕32号 does not say so). This bill can be applied for"), en);
    }
}
