package org.medaid.desk.firstrun;

import org.medaid.desk.common.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.CountyPolicies;
import org.medaid.backup.FigureDecision;
import org.medaid.settings.DeskSettings;
import org.medaid.identity.Region;
import org.medaid.identity.RegionCodes;
import org.medaid.policy.PolicyRegistry;

/** The wizard's steps without a window. */
class FirstRunStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Texts TEXTS = Texts.load(DeskSettings.CHINESE);

    @TempDir
    Path data;

    private CountyViewModel county() {
        return new CountyViewModel(RegionCodes.bundled(), PolicyRegistry.bundled(), TODAY);
    }

    @Test
    void theCountyListHoldsCurrentCountyCodesOfTheFourRegionsOnly() {
        List<String> codes = county().matches().stream().map(Region::code).toList();
        assertTrue(codes.contains("371302"));
        assertTrue(codes.contains("430524"));
        assertFalse(codes.contains("430521"), "邵东县 was replaced by 邵东市 430582");
        assertFalse(codes.contains("430000"), "a province is not a county");
        assertTrue(codes.stream().allMatch(c -> c.startsWith("4305") || c.startsWith("4451") || c.startsWith("3713") || c.startsWith("45")));
    }

    @Test
    void countiesAreFoundByCodeNameOrPinyinInitials() {
        CountyViewModel step = county();
        assertEquals(List.of("371302"), step.search("371302").stream().map(Region::code).toList());
        assertTrue(step.search("兰山").stream().anyMatch(r -> r.code().equals("371302")));
        assertTrue(step.search("lsq").stream().anyMatch(r -> r.code().equals("371302")));
        assertTrue(step.search("ZZZZ").isEmpty());
    }

    @Test
    void theCodeDecidesThePolicyInForceToday() {
        CountyViewModel step = county();
        step.choose("430524");
        assertEquals("shaoyang-2021", step.policyProperty().get().policy().id());
        assertTrue(step.policyProperty().get().inForce());
    }

    @Test
    void aRegionWhosePolicyHasEndedGetsItsLastPolicyMarkedEnded() {
        CountyViewModel step = county();
        step.choose("450126");
        // 广西 2022 ended on 2025-12-31; the desk still settles the bills of those years by it.
        assertEquals("guangxi-2022", step.policyProperty().get().policy().id());
        assertFalse(step.policyProperty().get().inForce());
        assertTrue(step.valid().get());
    }

    @Test
    void theAdministratorStepIsCompleteOnlyWithMatchingStrongPasswords() {
        AdminViewModel step = new AdminViewModel();
        step.displayNameProperty().set("李文静");
        step.passwordProperty().set("lanshan2026");
        step.repeatProperty().set("lanshan2025");
        assertFalse(step.valid().get());
        assertEquals("firstrun.admin.repeat.differs", step.firstProblem().orElseThrow());
        step.repeatProperty().set("lanshan2026");
        assertTrue(step.valid().get());
        step.loginProperty().set("Li Wenjing");
        assertEquals("firstrun.admin.login.invalid", step.firstProblem().orElseThrow());
    }

    /** The one first start (ADR 0082): the administrator's password rule, each refusal a Chinese sentence. */
    @Test
    void theAdministratorsPasswordIsRefusedInChineseWhenShortOrHoldingTheLogin() {
        AdminViewModel step = new AdminViewModel();
        step.loginProperty().set("admin");
        step.displayNameProperty().set("李站长");
        step.passwordProperty().set("short");
        step.repeatProperty().set("short");
        assertFalse(step.valid().get());
        assertEquals("密码至少 10 位", TEXTS.get(step.firstProblem().orElseThrow()));
        step.passwordProperty().set("admin-pass-1");
        step.repeatProperty().set("admin-pass-1");
        assertFalse(step.valid().get(), "a password holding the login name");
        assertEquals("密码不能包含登录名", TEXTS.get(step.firstProblem().orElseThrow()));
        step.loginProperty().set(" Admin ");
        assertEquals("密码不能包含登录名", TEXTS.get(step.firstProblem().orElseThrow()), "the login name as it is stored");
        step.passwordProperty().set("lanshan2026");
        step.repeatProperty().set("lanshan2026");
        assertTrue(step.valid().get());
    }

    @Test
    void eachUnconfirmedFigureIsNamedWithItsDefaultAndClause() {
        CountyPolicies policies = new CountyPolicies(data);
        FiguresViewModel step = new FiguresViewModel(policies, new FigureLabels(TEXTS));
        step.policyProperty().set(PolicyRegistry.bundled().byId("linyi-2022").orElseThrow());
        FigureRow cap = step.row("criticalIllness.tracks[0].groups[1].cap").orElseThrow();
        assertEquals("大病保险 · 住院、门诊慢特病 · 其他参保人 · 年度封顶线", cap.label());
        assertEquals("临医保发〔2022〕13号 三（普通居民封顶线未列明）", cap.param().source());
        assertEquals("基本医保 · 住院 · 县级医院 · 城乡居民医保 · 报销比例", step.row("basic.table[1].rate").orElseThrow().label());
        assertEquals("大病保险 · 特药 · 其他参保人 · 第 1 段 · 报销比例",
                step.row("criticalIllness.tracks[1].groups[1].segments[0].rate").orElseThrow().label());
    }

    @Test
    void onlyDecidedFiguresBecomeDecisionsAndABadCountyFigureBlocksTheStep() {
        FiguresViewModel step = new FiguresViewModel(new CountyPolicies(data), new FigureLabels(TEXTS));
        step.policyProperty().set(PolicyRegistry.bundled().byId("linyi-2022").orElseThrow());
        step.row("basic.table[0].deductible").orElseThrow().confirmDefault();
        step.row("basic.table[1].rate").orElseThrow().useOwn("80");
        assertEquals(List.of(FigureDecision.confirmDefault("basic.table[0].deductible"),
                FigureDecision.setTo("basic.table[1].rate", new BigDecimal("0.8"))), step.decisions());
        assertEquals(2, step.decidedCount().get());
        step.row("basic.table[2].rate").orElseThrow().useOwn("八十");
        assertFalse(step.valid().get());
        step.row("basic.table[2].rate").orElseThrow().leaveMarked();
        assertTrue(step.valid().get());
    }
}
