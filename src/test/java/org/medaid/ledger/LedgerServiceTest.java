package org.medaid.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.medaid.bills.BillDraft;
import org.medaid.bills.BillProblem;
import org.medaid.bills.Drafts;
import org.medaid.bills.StoredBill;
import org.medaid.bills.TestDesk;
import org.medaid.calc.Calculator;
import org.medaid.calc.Tier;
import org.medaid.calc.TrackStatus;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;

/**
 * linyi-2022, 低保 (临医保发〔2022〕13号 四): assistance without deductible at 70%, annual cap 10,000. The
 * settlement sheets give basic and critical illness, so the assistance base is compliant − basic.
 */
class LedgerServiceTest {

    @TempDir
    Path dir;
    TestDesk desk;
    LedgerService ledger;
    long personId;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
        personId = desk.person("王五", TestDesk.LINYI, "朱保村", Category.MINIMUM_LIVING).id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Compliant 11,000, basic 5,000: assistance base 6,000 → 4,200. */
    private BillDraft march() {
        return TestDesk.stay(personId, LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00", "0.00");
    }

    /** Compliant 20,000, basic 10,000: base 10,000 → 7,000, or what is left of the cap. */
    private BillDraft june() {
        return TestDesk.stay(personId, LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00", "0.00");
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void yearListsBillsInSettlementOrderWithRunningTotals() {
        StoredBill b = desk.bills.add(june(), desk.as("clerk1"));
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        YearLedgerView year = ledger.year(personId, 2024);
        assertEquals(List.of(a.id(), b.id()), year.rows().stream().map(LedgerRow::billId).toList());
        assertEquals(yuan("4200.00"), year.rows().get(0).paid(Tier.assistance));
        assertEquals(yuan("5800.00"), year.rows().get(1).paid(Tier.assistance), "the annual cap of 10,000 stops it");
        assertEquals(yuan("10000.00"), year.rows().get(1).runningTotals().get(Tier.assistance));
        assertEquals(yuan("15000.00"), year.rows().get(1).runningTotals().get(Tier.basic));
        assertEquals(yuan("10000.00"), year.totals().get(Tier.assistance));
        assertEquals(yuan("32000.00"), year.totalCost());
    }

    @Test
    void yearSaysWhatIsLeftOfEachCap() {
        desk.bills.add(march(), desk.as("clerk1"));
        TrackStatus assistance = ledger.year(personId, 2024).tracks().stream()
                .filter(t -> t.tier().equals("assistance")).findFirst().orElseThrow();
        assertEquals(yuan("10000.00"), assistance.cap().setScale(2));
        assertEquals(yuan("5800.00"), assistance.capLeft().setScale(2));
    }

    @Test
    void yearCarriesThePremiumSubsidy() {
        // 临医保发〔2022〕13号 二: 低保 150 from the assistance fund, from insurance year 2023.
        YearLedgerView year = ledger.year(personId, 2024);
        assertNotNull(year.premium(), year.premiumProblem());
        assertEquals(yuan("150.00"), year.premium().assistanceFund());
    }

    @Test
    void correctingAnEarlierBillChangesALaterOneAndTheDiffSaysSo() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill b = desk.bills.add(june(), desk.as("clerk1"));
        YearLedgerView before = ledger.year(personId, 2024);
        // basic was 8,000, not 5,000: the March base falls to 3,000 → 2,100, and June gets its full 7,000.
        desk.bills.correct(a.id(), a.version(), Drafts.withSettled(march(), "8000.00", "0.00"), desk.as("clerk1"));
        YearLedgerView after = ledger.year(personId, 2024);
        LedgerDiff diff = LedgerService.diff(before, after);
        BillChange june = diff.change(b.id()).orElseThrow();
        assertEquals(BillChange.Kind.CHANGED, june.kind());
        assertEquals(yuan("5800.00"), june.before().get(Tier.assistance));
        assertEquals(yuan("7000.00"), june.after().get(Tier.assistance));
        assertEquals(yuan("1200.00"), june.delta(Tier.assistance));
        assertEquals(yuan("-2100.00"), diff.change(a.id()).orElseThrow().delta(Tier.assistance));
        assertEquals(yuan("-900.00"), diff.totalDelta(Tier.assistance));
    }

    @Test
    void voidedBillIsListedButNotComputed() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill b = desk.bills.add(june(), desk.as("clerk1"));
        desk.bills.voidBill(a.id(), a.version(), "重复录入", desk.as("clerk1"));
        YearLedgerView year = ledger.year(personId, 2024);
        LedgerRow voided = year.row(a.id()).orElseThrow();
        assertEquals(LedgerRow.Status.VOIDED, voided.status());
        assertNull(voided.result());
        assertEquals(yuan("7000.00"), year.row(b.id()).orElseThrow().paid(Tier.assistance));
        assertEquals(yuan("7000.00"), year.totals().get(Tier.assistance));
        assertEquals(yuan("20000.00"), year.totalCost());
    }

    @Test
    void aPersonWithoutCategoryIsComputedAsOrdinaryAndTheLedgerSaysSo() {
        long ordinary = desk.person("赵六", TestDesk.LINYI, "朱保村").id();
        StoredBill bill = desk.bills.add(Drafts.forPerson(march(), ordinary), desk.as("clerk1"));
        YearLedgerView year = ledger.year(ordinary, 2024);
        LedgerRow row = year.row(bill.id()).orElseThrow();
        assertTrue(row.computed());
        assertTrue(row.ordinary());
        assertEquals(yuan("0.00"), row.paid(Tier.assistance));
        assertTrue(year.flags().stream().anyMatch(f -> f.code().equals(LedgerFlags.ORDINARY)));
    }

    @Test
    void aBillWhosePolicyWasWithdrawnIsListedAsNotComputed() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        PolicyRegistry withoutLinyi = new PolicyRegistry(PolicyRegistry.bundled().all().stream()
                .filter(p -> !p.id().equals("linyi-2022")).toList());
        LedgerService other = new LedgerService(desk.db, desk.people, desk.bills, new Calculator(withoutLinyi), desk.clock);
        LedgerRow row = other.year(personId, 2024).row(a.id()).orElseThrow();
        assertEquals(LedgerRow.Status.NOT_COMPUTED, row.status());
        assertTrue(row.problem().contains("no policy in force"), row.problem());
        assertEquals(yuan("0.00"), row.paid(Tier.assistance));
    }

    @Test
    void previewComputesTheDraftAndShowsItsEffectOnLaterBills() {
        StoredBill b = desk.bills.add(june(), desk.as("clerk1"));
        Preview p = ledger.preview(personId, march());
        assertTrue(p.canSave(), p.problems().toString());
        assertTrue(p.draft().draft());
        assertEquals(yuan("4200.00"), p.draft().paid(Tier.assistance));
        assertEquals(LedgerService.NEW_BILL, p.year().rows().get(0).billId(), "March comes before June");
        BillChange june = p.effect().change(b.id()).orElseThrow();
        assertEquals(yuan("-1200.00"), june.delta(Tier.assistance));
        assertEquals(BillChange.Kind.ADDED, p.effect().change(LedgerService.NEW_BILL).orElseThrow().kind());
        assertEquals(1, desk.bills.forPersonAndYear(personId, 2024).size(), "a preview saves nothing");
    }

    @Test
    void previewStopsAtAProblemThatBlocksTheComputation() {
        Preview p = ledger.preview(personId, Drafts.withParts(march(), "13000.00", null, null));
        assertFalse(p.computed());
        assertFalse(p.canSave());
        assertEquals(BillProblem.Code.PARTS_EXCEED_TOTAL, p.problems().get(0).code());
    }

    @Test
    void previewStillComputesWhileOnlyTheHospitalNameIsMissing() {
        Preview p = ledger.preview(personId, Drafts.withHospital(march(), ""));
        assertTrue(p.computed());
        assertFalse(p.canSave());
        assertEquals(List.of(BillProblem.Code.HOSPITAL_MISSING), p.problems().stream().map(BillProblem::code).toList());
    }

    @Test
    void previewOfACorrectionShowsWhatItChanges() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill b = desk.bills.add(june(), desk.as("clerk1"));
        Preview p = ledger.previewCorrection(a.id(), Drafts.withSettled(march(), "8000.00", "0.00"));
        assertTrue(p.canSave());
        assertEquals(yuan("2100.00"), p.draft().paid(Tier.assistance));
        assertEquals(yuan("1200.00"), p.effect().change(b.id()).orElseThrow().delta(Tier.assistance));
        assertEquals(a, desk.bills.byId(a.id()).orElseThrow(), "a preview saves nothing");
    }

    @Test
    void previewOfAVoidShowsTheLaterBillsItRaises() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill b = desk.bills.add(june(), desk.as("clerk1"));
        LedgerDiff diff = ledger.previewVoid(a.id());
        assertEquals(BillChange.Kind.REMOVED, diff.change(a.id()).orElseThrow().kind());
        assertEquals(yuan("1200.00"), diff.change(b.id()).orElseThrow().delta(Tier.assistance));
    }

    @Test
    void previewOfTwentyBillsIsFastEnoughToRunAsTheClerkTypes() {
        for (int i = 0; i < 20; i++) {
            desk.bills.add(TestDesk.stay(personId, LocalDate.of(2024, 1, 10).plusDays(15L * i), "3000.00", "200.00",
                    "1500.00", "0.00"), desk.as("clerk1"));
        }
        BillDraft draft = TestDesk.stay(personId, LocalDate.of(2024, 2, 1), "5000.00", "0.00", "2500.00", "0.00");
        for (int i = 0; i < 20; i++) {
            ledger.preview(personId, draft);
        }
        long start = System.nanoTime();
        int runs = 30;
        for (int i = 0; i < runs; i++) {
            assertTrue(ledger.preview(personId, draft).computed());
        }
        long perPreviewMs = (System.nanoTime() - start) / runs / 1_000_000;
        // A sanity bound, generous for a shared test machine; docs/benchmarks.md has the measurements.
        assertTrue(perPreviewMs < 250, "one preview took " + perPreviewMs + " ms on average");
    }
}
