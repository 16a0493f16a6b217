package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Tier;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/** Bill entry without a window: the live tiers, the messages of bad input, Save only when consistent. */
class BillEntryViewModelTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    PersonRecord poor;
    BillEntryViewModel model;
    List<StoredBill> saved = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir);
        poor = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        model = new BillEntryViewModel(fx.work.bills(), fx.work.ledger(), fx.desk.policies(), new SameThreadTaskExecutor(),
                ScreensFixture.CHINESE, fx.as(fx.clerk));
        model.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** linyi-2022 低保: compliant 11,000 − basic 5,000 = 6,000 × 70% = 4,200 (临医保发〔2022〕13号 四). */
    private void typeMarchStay() {
        BillFormViewModel f = model.form();
        f.hospitalName.set("兰山区人民医院");
        f.admitted.set("20240303");
        f.discharged.set("2024-03-10");
        f.amount(BillFormViewModel.TOTAL).set("12,000");
        f.amount(BillFormViewModel.OUT_OF_CATALOG).set("1000");
        f.amount(BillFormViewModel.BASIC).set("5000.0");
        f.amount(BillFormViewModel.CRITICAL).set("0");
    }

    /**
     * The V23 inputs show where their rule applies: 广西 三(五)'s special-case approval for inpatient and special
     * outpatient bills under guangxi-2022; a supplementary insurance under shaoyang-2019 (特惠保) and chaozhou-2021;
     * the earlier stay only for a referred inpatient stay under shaoyang-2021 (四(十二)). Linyi has none of them.
     */
    @Test
    void theSecondAuditInputsShowWhereTheirRuleApplies() {
        BillFormViewModel f = model.form();
        model.startNew(poor);
        f.discharged.set("2024-03-10");
        assertFalse(model.catalogueAppliesBinding().get());
        assertFalse(model.supplementaryAppliesBinding().get());
        f.referred.set(true);
        assertFalse(model.referralAppliesBinding().get(), "linyi-2022 has no continued deductible");

        model.startNew(fx.person("韦小宝", "450102", "民主村", Category.LIFTED));
        f.discharged.set("2024-03-10");
        assertTrue(model.catalogueAppliesBinding().get(), "广西 三(五), an inpatient bill");
        f.kind.set(org.medaid.model.BillKind.OUTPATIENT_GENERAL);
        assertFalse(model.catalogueAppliesBinding().get(), "an ordinary outpatient bill is not in 三(五)");
        assertFalse(model.supplementaryAppliesBinding().get());

        model.startNew(fx.person("陈阿妹", "445102", "东山村", Category.MINIMUM_LIVING));
        f.discharged.set("2024-03-10");
        assertTrue(model.supplementaryAppliesBinding().get(), "潮医保〔2021〕48号 二.7 其他补充医疗保险");
        assertTrue(model.supplementaryNameBinding().get().startsWith("其他补充医疗保险：在医疗救助前扣除"),
                model.supplementaryNameBinding().get());

        model.startNew(fx.person("李四", ScreensFixture.SHAOYANG, "白云村", Category.EXTREME_POOR));
        f.discharged.set("2020-06-10");
        assertTrue(model.supplementaryAppliesBinding().get(), "邵医保发〔2019〕13号 二(三) 特惠保");
        f.discharged.set("2024-06-10");
        assertFalse(model.supplementaryAppliesBinding().get(), "shaoyang-2021 names none");
        f.referred.set(true);
        assertTrue(model.referralAppliesBinding().get(), "邵医保发〔2021〕32号 四(十二)");
    }

    @Test
    void theTiersAreComputedAsTheClerkTypes() {
        model.startNew(poor);
        typeMarchStay();
        assertEquals(new BigDecimal("5000.00"), model.panel().paid(Tier.basic));
        assertEquals(new BigDecimal("4200.00"), model.panel().paid(Tier.assistance));
        assertEquals("2,800.00", model.panel().selfPayProperty().get(), "12,000 − 5,000 − 4,200");
        assertEquals("11,000.00", model.compliantText().get());
        assertFalse(model.panel().lines().isEmpty(), "the explanation lines are beside the tiers");
        assertTrue(model.canSaveBinding().get());
    }

    @Test
    void partsAboveTheTotalAreSaidOnTheTotalAndBlockSave() {
        model.startNew(poor);
        typeMarchStay();
        model.form().amount(BillFormViewModel.OUT_OF_CATALOG).set("13000");
        assertEquals("全自费、乙类先自付与超限价合计 13,000.00，超过医疗费总额 12,000.00",
                model.fieldError(BillFormViewModel.TOTAL).get());
        assertFalse(model.canSaveBinding().get());
        assertNull(model.panel().paid(Tier.assistance), "nothing is computed from an inconsistent bill");
        assertEquals("全自费、乙类先自付与超限价合计 13,000.00，超过医疗费总额 12,000.00", model.compliantText().get(),
                "the compliant cost is the refusal, not −1,000.00");
    }

    @Test
    void aNegativeCompliantCostIsNeverShownAsAFigure() {
        model.startNew(poor);
        typeMarchStay();
        model.form().amount(BillFormViewModel.CLASS_B).set("11000");
        model.form().amount(BillFormViewModel.OVER_LIMIT).set("1000");
        assertFalse(model.compliantText().get().contains("-") || model.compliantText().get().contains("−"),
                model.compliantText().get());
        assertEquals("全自费、乙类先自付与超限价合计 13,000.00，超过医疗费总额 12,000.00", model.compliantText().get());
        model.form().amount(BillFormViewModel.OVER_LIMIT).set("");
        assertEquals("0.00", model.compliantText().get(), "12,000 − 1,000 − 11,000: the figure again once consistent");
    }

    @Test
    void anInvalidAmountClearsTheComputedPanel() {
        model.startNew(poor);
        typeMarchStay();
        assertEquals(new BigDecimal("4200.00"), model.panel().paid(Tier.assistance));
        model.form().amount(BillFormViewModel.BASIC).set("5千");
        assertNull(model.panel().paid(Tier.assistance), "no tier of the old figures stays beside a bad amount");
        assertTrue(model.panel().tiers().isEmpty());
        assertEquals("", model.panel().selfPayProperty().get());
        model.form().amount(BillFormViewModel.BASIC).set("5000");
        assertEquals(new BigDecimal("4200.00"), model.panel().paid(Tier.assistance), "computed again once it is an amount");
    }

    @Test
    void aDischargeBeforeTheAdmissionIsSaidOnTheDischargeDate() {
        model.startNew(poor);
        typeMarchStay();
        model.form().discharged.set("2024-03-01");
        assertEquals("出院日期 2024-03-01 早于入院日期 2024-03-03", model.fieldError(BillFormViewModel.DISCHARGED).get());
        assertFalse(model.canSaveBinding().get());
    }

    @Test
    void aDateWithoutAPolicyInForceIsSaidForTheWholeBill() {
        model.startNew(poor);
        typeMarchStay();
        model.form().admitted.set("2019-03-03");
        model.form().discharged.set("2019-03-10");
        assertEquals(List.of("户籍地 371302 在结算日期 2019-03-10 没有生效的医疗保障政策，不能计算"), model.problems());
        assertFalse(model.canSaveBinding().get());
    }

    @Test
    void aPersonWithoutACategoryIsComputedAsOrdinaryAndToldSo() {
        PersonRecord ordinary = fx.person("赵六", ScreensFixture.LINYI, "朱保村");
        model.startNew(ordinary);
        typeMarchStay();
        assertEquals(new BigDecimal("0.00"), model.panel().paid(Tier.assistance));
        assertTrue(model.panel().notes().stream().anyMatch(n -> n.kind() == Note.Kind.ORDINARY
                && n.text().contains("按普通参保人员计算")), model.panel().notes().toString());
        assertTrue(model.canSaveBinding().get(), "an ordinary resident's bill is saved, with the note");
    }

    @Test
    void textThatIsNotAnAmountIsSaidInWordsAndBlocksSave() {
        model.startNew(poor);
        typeMarchStay();
        model.form().amount(BillFormViewModel.OVER_LIMIT).set("1O0");
        assertEquals("超限价“1O0”不是有效金额，请输入数字，如 12345.60", model.fieldError(BillFormViewModel.OVER_LIMIT).get());
        assertFalse(model.canSaveBinding().get());
    }

    @Test
    void savingWritesOneBillInTheLoggedInUsersName() {
        model.startNew(poor);
        typeMarchStay();
        model.saveWhenReady();
        assertEquals(1, saved.size());
        List<StoredBill> stored = fx.work.bills().forPersonAndYear(poor.id(), 2024);
        assertEquals(1, stored.size());
        assertEquals("clerk1", stored.get(0).enteredBy());
        assertEquals(new BigDecimal("12000.00"), stored.get(0).bill().total());
    }

    @Test
    void aCorrectionSaysWhatItChangesInALaterBill() {
        StoredBill march = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00"), fx.clerk);
        fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00"), fx.clerk);
        model.startCorrection(poor, march);
        model.form().amount(BillFormViewModel.TOTAL).set("8000");
        assertEquals(new BigDecimal("1400.00"), model.panel().paid(Tier.assistance));
        assertTrue(model.panel().notes().stream().anyMatch(n -> n.kind() == Note.Kind.EFFECT
                && n.text().contains("2024-06-20 兰山区人民医院：医疗救助 5,800.00 → 7,000.00（+1,200.00）")),
                model.panel().notes().toString());
        model.saveWhenReady();
        StoredBill after = fx.work.bills().byId(march.id()).orElseThrow();
        assertEquals(new BigDecimal("8000.00"), after.bill().total());
        assertEquals("clerk1", after.correctedBy());
    }
}
