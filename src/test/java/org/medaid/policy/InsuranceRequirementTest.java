package org.medaid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medaid.policy.PolicyLoaderTest.bundledText;
import static org.medaid.policy.PolicyLoaderTest.edited;
import static org.medaid.policy.PolicyLoaderTest.load;
import static org.medaid.policy.PolicyLoaderTest.refused;

import org.junit.jupiter.api.Test;

/**
 * {@code coverage.required} (ADR 0092): every bundled policy names its own clause for "basic insurance before
 * assistance", or marks it unconfirmed with a note; a file without it, or with a doubt and no note, is refused.
 */
class InsuranceRequirementTest {

    private static InsuranceRequirement of(String id) {
        InsuranceRequirement r = load(id + ".yaml", bundledText(id)).extras().insuranceRequired();
        assertNotNull(r, id);
        return r;
    }

    @Test
    void linyiCitesTheShandongClauseItForwardsWithItsWords() {
        InsuranceRequirement r = of("linyi-2022");
        assertFalse(r.unconfirmed());
        assertTrue(r.source().startsWith("鲁医保发〔2021〕56号 二(六)（临医保发〔2022〕13号 转发）"), r.source());
        assertTrue(r.source().contains("「将已参加基本医疗保险且因高额医疗费用支出导致家庭基本生活出现严重困难的大病患者纳入医疗救助范围」"),
                r.source());
    }

    @Test
    void theOtherFourDocumentsHaveNoSuchSentenceAndSaySoInTheirOwnClauses() {
        assertUnconfirmed("shaoyang-2019", "邵医保发〔2019〕13号 一(二)3、5", "「标明未参保原因」");
        assertUnconfirmed("shaoyang-2021", "邵医保发〔2021〕32号 三(七)、三(八)", "「经基本医保、大病保险支付后」");
        assertUnconfirmed("chaozhou-2021", "潮医保〔2021〕48号 二.7、二.8", "「中途参保，从完成参保登记、做好身份标识之日起享受医保待遇」");
        assertUnconfirmed("guangxi-2022", "广西通知 三(二)、三(三)", "「每年12月底前实现100%参加当年和下一年度基本医疗保险的目标」");
    }

    private static void assertUnconfirmed(String id, String source, String quoted) {
        InsuranceRequirement r = of(id);
        assertTrue(r.unconfirmed(), id);
        assertEquals(source, r.source(), id);
        assertTrue(r.note().contains(quoted), id + ": " + r.note());
        assertFalse(r.source().contains("鲁医保发") || r.note().contains("鲁医保发"), id + " cites another region's document");
    }

    @Test
    void aFileWithoutTheEntryIsRefusedByFieldAndReason() {
        String text = bundledText("linyi-2022");
        String section = text.substring(text.indexOf("coverage:"), text.indexOf("flags:\n  - code: PENDING_RULES"));
        PolicyException e = refused("linyi-2022.yaml", text.replace(section, ""));
        assertTrue(e.getMessage().contains("field coverage: is missing"), e.getMessage());

        String required = text.substring(text.indexOf("  required:"), text.indexOf("flags:\n  - code: PENDING_RULES"));
        e = refused("linyi-2022.yaml", text.replace(required, "  source: 鲁医保发〔2021〕56号 二(二)\n\n"));
        assertTrue(e.getMessage().contains("field coverage.required: is missing"), e.getMessage());
    }

    @Test
    void anUnconfirmedEntryWithoutANoteAndAnEntryWithoutItsOwnClauseAreRefused() {
        String noNote = edited("shaoyang-2021", "    unconfirmed: true\n    note: 三(八)", "    unconfirmed: true\n    notes: 三(八)");
        PolicyException e = refused("shaoyang-2021.yaml", noNote);
        assertTrue(e.getMessage().contains("coverage.required.notes: unknown field"), e.getMessage());
        String dropped = bundledText("shaoyang-2021").replaceAll("(?m)^    note: 三\\(八\\).*\n", "");
        e = refused("shaoyang-2021.yaml", dropped);
        assertTrue(e.getMessage().contains("field coverage.required.note: is missing"), e.getMessage());

        // the section's source belongs to the target: the entry does not inherit it
        String inherited = edited("guangxi-2022", "    source: 广西通知 三(二)、三(三)\n", "");
        e = refused("guangxi-2022.yaml", inherited);
        assertTrue(e.getMessage().contains("field coverage.required.source: is missing"), e.getMessage());
    }

    @Test
    void theTargetStaysOptionalAndAPolicyMadeInCodeHasNoEntry() {
        assertNull(load("chaozhou-2021.yaml", bundledText("chaozhou-2021")).extras().coverageTarget());
        assertNotNull(load("guangxi-2022.yaml", bundledText("guangxi-2022")).extras().coverageTarget());
        assertNull(PolicyExtras.NONE.insuranceRequired());
    }
}
