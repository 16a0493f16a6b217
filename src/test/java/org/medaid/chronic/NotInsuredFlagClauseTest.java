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
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.PersonRecord;

/**
 * The bill screen's 未参保 flag cites the person's own region's clause for "basic insurance before assistance"
 * ({@code coverage.required}, ADR 0092) or says it is unconfirmed there; before ADR 0092 it cited 鲁医保发〔2021〕56号 for
 * every region.
 */
class NotInsuredFlagClauseTest {

    @TempDir
    Path dir;
    TestDesk desk;
    BillFlags flags;
    InsuranceLedger insurance;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        insurance = new InsuranceLedger(desk.db, desk.clock, PolicyRegistry::bundled);
        flags = new BillFlags(insurance, new ChronicEntitlements(desk.db, desk.people, PolicyRegistry::bundled, desk.clock));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String flag(String region, LocalDate billDate, Locale locale) {
        PersonRecord p = desk.person("周九", region, "东村", Category.MINIMUM_LIVING);
        insurance.record(new CoverageDraft(p.id(), billDate.getYear(), InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED,
                null), 0, null, desk.as("clerk"));
        List<String> out = flags.of(p.id(), TestDesk.stay(p.id(), billDate, "30000.00", "2000.00", "15000.00", "0.00"), locale);
        assertEquals(1, out.size(), out.toString());
        String s = out.get(0);
        if (locale.getLanguage().equals("zh")) {
            assertTrue(s.startsWith("未参保：参保台账记载该人员在 " + billDate + "（票据结算日）未参加基本医疗保险（原因：服刑）。"), s);
            assertTrue(s.endsWith("。此票据不能申请医疗救助；如记载有误，请在参保台账更正"), s);
        }
        return s;
    }

    @Test
    void linyi() {
        String s = flag("371302", LocalDate.of(2024, 11, 20), Locale.SIMPLIFIED_CHINESE);
        assertTrue(s.contains("。医疗救助须已参加基本医疗保险（鲁医保发〔2021〕56号 二(六)（临医保发〔2022〕13号 转发）"
                + "「将已参加基本医疗保险且因高额医疗费用支出导致家庭基本生活出现严重困难的大病患者纳入医疗救助范围」）。"), s);
    }

    @Test
    void shaoyang2021() {
        String s = flag("430522", LocalDate.of(2024, 11, 20), Locale.SIMPLIFIED_CHINESE);
        assertTrue(s.contains("。邵医保发〔2021〕32号未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认（邵医保发〔2021〕32号 三(七)、三(八)："),
                s);
        assertFalse(s.contains("鲁医保发"), s);
    }

    @Test
    void shaoyang2019() {
        String s = flag("430522", LocalDate.of(2020, 6, 30), Locale.SIMPLIFIED_CHINESE);
        assertTrue(s.contains("。邵医保发〔2019〕13号未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认（邵医保发〔2019〕13号 一(二)3、5："),
                s);
        assertFalse(s.contains("鲁医保发"), s);
    }

    @Test
    void chaozhou() {
        String s = flag("445102", LocalDate.of(2024, 11, 20), Locale.SIMPLIFIED_CHINESE);
        assertTrue(s.contains("。潮医保〔2021〕48号未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认（潮医保〔2021〕48号 二.7、二.8："), s);
        assertFalse(s.contains("鲁医保发") || s.contains("邵医保发"), s);
    }

    @Test
    void guangxiInEnglishToo() {
        String zh = flag("450126", LocalDate.of(2024, 11, 20), Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("。桂乡村振兴指挥部医保专责小组通知（2022-06-23）未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认（广西通知 三(二)、三(三)："), zh);
        String en = flag("450126", LocalDate.of(2024, 10, 20), Locale.ENGLISH);
        assertTrue(en.startsWith("Not insured: the insurance ledger records the person as not insured on 2024-10-20"), en);
        assertTrue(en.contains("桂乡村振兴指挥部医保专责小组通知（2022-06-23） does not say that assistance needs basic medical insurance; the condition is to be confirmed by"
                + " the county (广西通知 三(二)、三(三): "), en);
    }
}
