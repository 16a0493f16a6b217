package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.PersonRecord;

/**
 * The 未参保 refusal of an application cites the person's own region's clause for "basic insurance before assistance"
 * ({@code coverage.required}, ADR 0092), or says that region's document has none and the county is to confirm it;
 * never another region's document.
 */
class NotInsuredClauseTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;
    WorkflowDesk w;
    InsuranceLedger insurance;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir, 0);
        insurance = new InsuranceLedger(w.desk.db, w.desk.clock, PolicyRegistry::bundled);
    }

    @AfterEach
    void close() {
        w.close();
    }

    /** The refusal of an application on a bill of {@code region} dated {@code billDate}, the ledger saying 未参保 that year. */
    private NotInsuredException refusal(String region, LocalDate billDate) {
        PersonRecord p = w.desk.person("陈八", region, "石门村", Category.MINIMUM_LIVING);
        insurance.record(new CoverageDraft(p.id(), billDate.getYear(), InsuranceStatus.UNINSURED, null, UninsuredReason.OTHER,
                "外出务工"), 0, null, w.clerk);
        StoredBill bill = w.bill(p, billDate, w.clerk);
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> w.apply(p, bill, LocalDate.of(2024, 12, 2), "5000.00", w.clerk));
        assertTrue(e instanceof NotInsuredException, e.toString());
        assertTrue(w.queries.waitingAt(Stage.APPLIED).isEmpty(), "nothing was written");
        String zh = e.message(CHINESE);
        assertTrue(zh.startsWith("参保台账记载该人员在 " + billDate + "（票据结算日）未参加基本医疗保险，不能申请医疗救助。"), zh);
        assertTrue(zh.endsWith("。如已参保，请先更正参保台账"), zh);
        return (NotInsuredException) e;
    }

    private static void assertUnconfirmed(NotInsuredException e, String document, String clause, String foreign) {
        String zh = e.message(CHINESE);
        assertTrue(zh.contains(document + "未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认（" + clause + "："), zh);
        assertFalse(zh.contains(foreign), zh);
        assertFalse(e.condition().confirmed());
        String en = e.message(Locale.ENGLISH);
        assertTrue(en.contains(document + " does not say that assistance needs basic medical insurance; the condition is to be"
                + " confirmed by the county (" + clause + ": "), en);
    }

    @Test
    void linyiCitesItsForwardedShandongClauseWithItsWords() {
        NotInsuredException e = refusal("371302", LocalDate.of(2024, 11, 20));
        String zh = e.message(CHINESE);
        assertTrue(zh.contains("。医疗救助须已参加基本医疗保险（鲁医保发〔2021〕56号 二(六)（临医保发〔2022〕13号 转发）"
                + "「将已参加基本医疗保险且因高额医疗费用支出导致家庭基本生活出现严重困难的大病患者纳入医疗救助范围」）。"), zh);
        assertFalse(zh.contains("待县区医保局确认"), zh);
        assertTrue(e.condition().confirmed());
        assertTrue(e.message(Locale.ENGLISH).contains("Assistance needs basic medical insurance (鲁医保发〔2021〕56号 二(六)"));
    }

    @Test
    void shaoyang2021SaysItsDocumentHasNoSuchSentence() {
        NotInsuredException e = refusal("430522", LocalDate.of(2024, 11, 20));
        assertUnconfirmed(e, "邵医保发〔2021〕32号", "邵医保发〔2021〕32号 三(七)、三(八)", "鲁医保发");
        assertTrue(e.message(CHINESE).contains("三(八) 救助「经基本医保、大病保险支付后」的费用"));
    }

    @Test
    void shaoyang2019SaysItsDocumentHasNoSuchSentence() {
        NotInsuredException e = refusal("430522", LocalDate.of(2020, 6, 30));
        assertUnconfirmed(e, "邵医保发〔2019〕13号", "邵医保发〔2019〕13号 一(二)3、5", "鲁医保发");
        assertTrue(e.message(CHINESE).contains("「标明未参保原因」"));
    }

    @Test
    void chaozhouSaysItsDocumentHasNoSuchSentence() {
        NotInsuredException e = refusal("445102", LocalDate.of(2024, 11, 20));
        assertUnconfirmed(e, "潮医保〔2021〕48号", "潮医保〔2021〕48号 二.7、二.8", "邵医保发");
        assertTrue(e.message(CHINESE).contains("「经基本医疗保险、大病保险和其他补充医疗保险支付后个人负担的合规医疗费用」"));
    }

    @Test
    void guangxiSaysItsDocumentHasNoSuchSentence() {
        NotInsuredException e = refusal("450126", LocalDate.of(2024, 11, 20));
        assertUnconfirmed(e, "桂乡村振兴指挥部医保专责小组通知（2022-06-23）", "广西通知 三(二)、三(三)", "鲁医保发");
        assertTrue(e.message(CHINESE).contains("「经基本医保、大病保险、医疗救助三重制度保障后」"));
    }

    @Test
    void withoutAPolicyInForceOrWithoutTheEntryTheConditionIsUnconfirmed() {
        // a stored bill always has a policy (the bill store refuses a date no policy covers): the sentences themselves
        String none = org.medaid.insurance.InsuranceCondition.of(java.util.Optional.empty()).sentence(CHINESE);
        assertTrue(none.equals("该人员所在地区在票据结算日没有适用的政策文件，医疗救助须已参加基本医疗保险这一条件无文件可引，待县区医保局确认"), none);
        String missing = new org.medaid.insurance.InsuranceCondition("某县医保发〔2026〕1号", null).sentence(CHINESE);
        assertTrue(missing.equals("某县医保发〔2026〕1号的政策文件未载明医疗救助是否须已参加基本医疗保险，此条件待县区医保局确认"), missing);
    }
}
