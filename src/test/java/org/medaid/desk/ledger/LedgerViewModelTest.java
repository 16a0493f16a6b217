package org.medaid.desk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.medaid.bills.StoredBill;
import org.medaid.calc.Tier;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * The year ledger without a window. linyi-2022 低保: assistance 70% of compliant − basic, annual cap 10,000:
 * March (base 6,000) pays 4,200, June (base 10,000) what is left of the cap, 5,800.
 */
class LedgerViewModelTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    PersonRecord poor;
    LedgerViewModel model;
    StoredBill march;
    StoredBill june;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir);
        poor = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        june = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00"), fx.clerk);
        march = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00"), fx.clerk);
        model = new LedgerViewModel(fx.work.ledger(), fx.work.bills(), new SameThreadTaskExecutor(), ScreensFixture.CHINESE,
                fx.as(fx.clerk));
        model.open(poor, 2024);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private LedgerItem item(StoredBill b) {
        return model.items().stream().filter(i -> i.billId() == b.id()).findFirst().orElseThrow();
    }

    @Test
    void billsAreListedInSettlementOrderWithRunningTotalsAndWhatIsLeftOfTheCap() {
        assertEquals(List.of(march.id(), june.id()), model.items().stream().map(LedgerItem::billId).toList());
        assertEquals(new BigDecimal("4200.00"), item(march).paid(Tier.assistance));
        assertEquals(new BigDecimal("5800.00"), item(june).paid(Tier.assistance));
        assertEquals(new BigDecimal("10000.00"), item(june).running(Tier.assistance));
        assertEquals(new BigDecimal("15000.00"), item(june).running(Tier.basic));
        TrackItem assistance = model.tracks().stream().filter(t -> t.name().startsWith("医疗救助")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("10000.00"), assistance.cap());
        assertEquals(new BigDecimal("0.00"), assistance.capLeft());
    }

    @Test
    void voidingAnEarlierBillKeepsItVisibleAndShowsTheLaterOneChange() {
        model.selectedProperty().set(item(march));
        model.voidSelected("重复录入");
        LedgerItem voided = item(march);
        assertTrue(voided.voided(), "the voided bill stays in the ledger");
        assertNull(voided.paid(Tier.assistance));
        assertEquals(new BigDecimal("7000.00"), item(june).paid(Tier.assistance));
        assertNotNull(item(june).change());
        assertEquals(new BigDecimal("1200.00"), item(june).change().delta(Tier.assistance));
        // with the cap no longer reached, 再救助 (which took 700.00 of what the cap left unpaid) has nothing left to pay
        assertEquals(List.of("2024-06-20 兰山区人民医院：医疗救助 5,800.00 → 7,000.00（+1,200.00）；"
                + "再救助/倾斜救助 700.00 → 0.00（−700.00）；个人负担 3,500.00 → 3,000.00（−500.00）"), model.changes());
        assertEquals("clerk1", fx.work.bills().byId(march.id()).orElseThrow().voidedBy());
    }

    @Test
    void aCorrectionSavedElsewhereIsComparedWithTheLedgerThatWasOnScreen() {
        var before = model.viewProperty().get();
        StoredBill corrected = fx.work.bills().correct(march.id(), march.version(),
                ScreensFixture.stay(poor.id(), LocalDate.of(2024, 3, 10), "8000.00", "1000.00", "5000.00"), fx.session("clerk1"));
        model.saved(corrected, before);
        assertEquals(new BigDecimal("1400.00"), item(march).paid(Tier.assistance));
        assertEquals(new BigDecimal("7000.00"), item(june).paid(Tier.assistance));
        assertEquals(new BigDecimal("1200.00"), item(june).change().delta(Tier.assistance));
        assertEquals(march.id(), model.selectedProperty().get().billId(), "the corrected bill stays selected");
    }

    @Test
    void voidingAsksWhatWouldChangeFirst() {
        model.selectedProperty().set(item(march));
        List<List<String>> answers = new java.util.ArrayList<>();
        model.previewVoid(answers::add);
        assertEquals(1, answers.size());
        assertTrue(answers.get(0).get(0).contains("医疗救助 5,800.00 → 7,000.00"), answers.toString());
        assertTrue(!item(march).voided(), "a preview writes nothing");
    }
}
