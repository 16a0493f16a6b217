package org.medaid.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medaid.bills.BillProblem.Code;
import org.medaid.model.Category;

class BillValidationTest {

    @TempDir
    Path dir;
    TestDesk desk;
    long personId;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        personId = desk.person("王五", TestDesk.LINYI, "朱保村", Category.MINIMUM_LIVING).id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BillDraft good() {
        return TestDesk.stay(personId, LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "6000.00", "0.00");
    }

    private List<Code> codes(BillDraft d) {
        return desk.bills.check(d).stream().map(BillProblem::code).toList();
    }

    private Code refusedWith(BillDraft d) {
        BillRejectedException e = assertThrows(BillRejectedException.class, () -> desk.bills.add(d, desk.as("clerk1")));
        return e.problems().get(0).code();
    }

    @Test
    void aConsistentBillHasNoProblem() {
        assertEquals(List.of(), codes(good()));
    }

    @Test
    void partsExceedingTheTotalAreRefused() {
        BillDraft d = Drafts.withParts(good(), "9000.00", "2000.00", "1500.00");
        assertEquals(Code.PARTS_EXCEED_TOTAL, refusedWith(d));
        BillProblem p = desk.bills.check(d).get(0);
        assertEquals("全自费、乙类先自付与超限价合计 12,500.00，超过医疗费总额 12,000.00", p.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void dischargeBeforeAdmissionIsRefused() {
        BillDraft d = Drafts.withDates(good(), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 8));
        assertEquals(Code.DISCHARGE_BEFORE_ADMISSION, refusedWith(d));
        assertEquals("出院日期 2024-03-08 早于入院日期 2024-03-10",
                desk.bills.check(d).get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aDateWithNoPolicyInForceIsRefused() {
        // linyi-2022 is in force from 2022-01-01; nothing covers Linyi before that.
        BillDraft d = Drafts.withDates(good(), LocalDate.of(2021, 12, 20), LocalDate.of(2021, 12, 28));
        assertEquals(Code.NO_POLICY, refusedWith(d));
        assertEquals("户籍地 371302 在结算日期 2021-12-28 没有生效的医疗保障政策，不能计算",
                desk.bills.check(d).get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void settledPaymentsAboveTheCompliantCostAreRefused() {
        // compliant 12,000 − 1,000 = 11,000; the sheet says 8,000 + 4,000.
        BillDraft d = Drafts.withSettled(good(), "8000.00", "4000.00");
        assertEquals(Code.SETTLED_EXCEED_COMPLIANT, refusedWith(d));
    }

    @Test
    void aMissingTotalIsRefused() {
        assertEquals(Code.AMOUNT_MISSING, refusedWith(Drafts.withTotal(good(), null)));
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertEquals(List.of(Code.AMOUNT_NEGATIVE), codes(Drafts.withParts(good(), "-1.00", null, null)));
    }

    @Test
    void moreThanTwoDecimalsIsRefused() {
        assertEquals(List.of(Code.AMOUNT_DECIMALS), codes(Drafts.withTotal(good(), "12000.005")));
    }

    @Test
    void anAmountWithTooManyDigitsIsRefused() {
        assertEquals(List.of(Code.AMOUNT_TOO_LARGE), codes(Drafts.withTotal(good(), "120000000.00")));
    }

    @Test
    void aSettlementDateAfterTodayIsRefused() {
        BillDraft d = Drafts.withDates(good(), LocalDate.of(2024, 12, 18), LocalDate.of(2024, 12, 21));
        assertEquals(List.of(Code.DATE_IN_FUTURE), codes(d));
    }

    @Test
    void aBillWithoutDatesIsRefused() {
        assertEquals(List.of(Code.DATE_MISSING), codes(Drafts.withDates(good(), null, null)));
    }

    @Test
    void aBillWithoutHospitalIsRefused() {
        assertEquals(List.of(Code.HOSPITAL_MISSING), codes(Drafts.withHospital(good(), " ")));
    }

    @Test
    void anUnknownPersonIsRefused() {
        assertEquals(List.of(Code.PERSON_UNKNOWN), codes(Drafts.forPerson(good(), 9999)));
    }

    @Test
    void everyProblemOfABillIsReportedAtOnce() {
        BillDraft d = Drafts.withHospital(Drafts.withDates(Drafts.withParts(good(), "13000.00", null, null),
                LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 8)), null);
        assertEquals(List.of(Code.HOSPITAL_MISSING, Code.DISCHARGE_BEFORE_ADMISSION, Code.PARTS_EXCEED_TOTAL), codes(d));
    }

    @Test
    void aTiltAmountWhereThePolicyHasNoneIsRefused() {
        assertEquals(List.of(Code.TILT_NOT_IN_POLICY), codes(Drafts.withTilt(good(), "500.00")));
    }

    @Test
    void aTiltAmountMoreThanWhatIsLeftCannotBeComputedAndIsRefused() {
        long shaoyang = desk.person("刘七", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING).id();
        BillDraft d = Drafts.withTilt(Drafts.forPerson(good(), shaoyang), "9000.00");
        assertEquals(Code.CANNOT_COMPUTE, refusedWith(d));
    }

    @Test
    void aCorrectionThatBreaksALaterBillIsRefused() {
        // shaoyang-2021, 低保: assistance above an annual deductible of 4,000 at 70%.
        long shaoyang = desk.person("刘七", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING).id();
        BillDraft first = Drafts.forPerson(Drafts.withSettled(good(), "8000.00", "0.00"), shaoyang);
        StoredBill saved = desk.bills.add(first, desk.as("clerk1"));
        // first: 3,000 left after insurance, below the deductible; later: 1,000 more, still below it, so its
        // tiers leave 1,000 and a reviewed tilt of 900 fits.
        BillDraft later = Drafts.withTilt(TestDesk.stay(shaoyang, LocalDate.of(2024, 6, 1), "5000.00", "0.00", "4000.00",
                "0.00"), "900.00");
        desk.bills.add(later, desk.as("clerk1"));
        // Correcting the first bill to leave 5,000 fills the deductible earlier: the later bill now gets 700
        // of assistance, only 300 is left, and its tilt of 900 no longer fits: refused, nothing changed.
        BillDraft corrected = Drafts.withSettled(first, "6000.00", "0.00");
        BillRejectedException e = assertThrows(BillRejectedException.class,
                () -> desk.bills.correct(saved.id(), saved.version(), corrected, desk.as("clerk1")));
        assertEquals(Code.CANNOT_COMPUTE, e.problems().get(0).code());
        assertTrue(e.problems().get(0).args().get(0).contains("tiltApproved 900.00"), e.problems().get(0).args().get(0));
        assertEquals(saved, desk.bills.byId(saved.id()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Code.class)
    void everyCodeHasAChineseAndAnEnglishMessage(Code code) {
        BillProblem p = BillProblem.of(code, "total", "1", "2");
        String zh = p.message(Locale.SIMPLIFIED_CHINESE);
        String en = p.message(Locale.ENGLISH);
        assertFalse(zh.isBlank());
        assertFalse(en.isBlank());
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
        assertTrue(en.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
    }
}
