package org.medaid.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationFigures;

/** Issued settlements are frozen; later changes become adjustments (ADR 0031). Real H2 files. */
class SettlementServiceTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    SettlementService settlements;
    Reconciler reconciler;
    PersonRecord poor;
    StoredBill late;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        wire();
        poor = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        late = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 11, 20), "12000.00", "1000.00", "5000.00"), fx.clerk);
    }

    private void wire() {
        settlements = new SettlementService(fx.db, fx.desk.people(), fx.work.bills(), fx.work.ledger(), fx.desk.policies(),
                fx.work.clock());
        reconciler = new Reconciler(settlements, new ApplicationFigures(fx.db, fx.desk.people(), fx.work.bills(),
                fx.work.ledger(), fx.work.clock()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Settlement issue(StoredBill b) {
        return settlements.issue(b.id(), IssuedVia.PDF, "枣园镇民政办", "张经办", "clerk1").settlement();
    }

    @Test
    void issuingGivesTheNextNumberOfTheYearOnceAndKeepsEveryFigure() {
        Settlement s = issue(late);
        assertEquals("2024-000001", s.number());
        assertEquals(new BigDecimal("4200.00"), s.figures().get("assistance"));
        assertEquals("2024-000001", s.slip().result().id(), "the slip prints the settlement number");
        assertFalse(s.slip().result().lines().isEmpty(), "the explanation lines are kept");
        assertTrue(s.policy().startsWith("linyi"), s.policy());
        SettlementService.Issued again = settlements.issue(late.id(), IssuedVia.PRINT, "x", "y", "clerk1");
        assertFalse(again.fresh());
        assertEquals(s, again.settlement(), "a second issue is the same settlement: no new number");
        StoredBill other = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 12, 2), "3000.00", "0.00", "1000.00"),
                fx.clerk);
        assertEquals("2024-000002", issue(other).number());
    }

    @Test
    void anEarlierBillQueuesAnAdjustmentAndLeavesTheSettlementAlone() {
        Settlement s = issue(late);
        fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 11, 1), "20000.00", "0.00", "5000.00"), fx.clerk);
        Reconciler.Outcome o = reconciler.reconcile(poor.id(), "clerk1");
        assertEquals(1, o.queued().size());
        Adjustment a = o.queued().get(0);
        assertEquals(Adjustment.State.PENDING, a.state());
        assertEquals(s.number(), a.settlementNumber());
        // 临沂 低保: the earlier bill used the whole 10,000 cap, nothing is left for 11-20
        assertEquals(new BigDecimal("4200.00"), a.before().get("assistance"));
        assertEquals(new BigDecimal("0.00"), a.after().get("assistance"));
        // 再救助 takes over above the cap: the assistance is returned, the re-assistance paid in addition
        assertEquals(List.of(new TierChange("assistance", new BigDecimal("4200.00"), new BigDecimal("0.00"),
                new BigDecimal("-4200.00")), new TierChange("reAssistance", new BigDecimal("0.00"), new BigDecimal("4200.00"),
                new BigDecimal("4200.00"))), a.changes());
        assertEquals(TierChange.Direction.RETURN, a.changes().get(0).direction());
        assertEquals(0, a.difference().signum());
        assertEquals(Reason.Code.EARLIER_BILL, a.reasons().get(0).code());
        assertEquals(List.of("2024-11-01", "兰山区人民医院"), a.reasons().get(0).args());
        assertEquals(s, settlements.forBill(late.id()).orElseThrow(), "the issued settlement is unchanged");
        assertTrue(reconciler.reconcile(poor.id(), "clerk1").nothing(), "the same change is queued once");
    }

    @Test
    void aConfirmedAdjustmentGetsItsOwnNumberAndBecomesTheIssuedFigures() {
        issue(late);
        StoredBill early = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 11, 1), "20000.00", "0.00", "5000.00"),
                fx.clerk);
        Adjustment a = reconciler.reconcile(poor.id(), "clerk1").queued().get(0);
        Adjustment c = settlements.confirm(a.id(), a.version(), "clerk1");
        assertEquals("2024-T000001", c.number());
        assertEquals(Adjustment.State.CONFIRMED, c.state());
        assertThrows(SettlementException.class, () -> settlements.confirm(a.id(), c.version(), "clerk1"));
        assertTrue(reconciler.reconcile(poor.id(), "clerk1").nothing());
        // voiding the earlier bill again gives the 4,200.00 back: a new adjustment against the confirmed figures
        fx.work.bills().voidBill(early.id(), early.version(), "录入错误", fx.session("clerk1"));
        Adjustment back = reconciler.reconcile(poor.id(), "clerk1").queued().get(0);
        assertEquals(new BigDecimal("0.00"), back.before().get("assistance"));
        assertEquals(new BigDecimal("4200.00"), back.after().get("assistance"));
        assertEquals(Reason.Code.BILL_VOIDED, back.reasons().get(0).code());
    }

    @Test
    void aPendingAdjustmentThatALaterChangeUndoesIsSuperseded() {
        issue(late);
        StoredBill early = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 11, 1), "20000.00", "0.00", "5000.00"),
                fx.clerk);
        Adjustment a = reconciler.reconcile(poor.id(), "clerk1").queued().get(0);
        fx.work.bills().voidBill(early.id(), early.version(), "录入错误", fx.session("clerk1"));
        assertTrue(reconciler.reconcile(poor.id(), "clerk1").nothing());
        assertEquals(Adjustment.State.SUPERSEDED, settlements.adjustment(a.id()).orElseThrow().state());
        assertTrue(settlements.pending().isEmpty());
    }

    @Test
    void theSettlementAndItsQueueSurviveReopeningTheStore() {
        Settlement s = issue(late);
        fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 11, 1), "20000.00", "0.00", "5000.00"), fx.clerk);
        reconciler.reconcile(poor.id(), "clerk1");
        fx.close();
        fx = reopen();
        assertEquals(s, settlements.forBill(late.id()).orElseThrow());
        assertEquals(1, settlements.pending().size());
    }

    private ScreensFixture reopen() {
        ScreensFixture again = ScreensFixture.reopen(dir.resolve("data"));
        fx = again;
        wire();
        return again;
    }

    @Test
    void aVoidedBillCannotBeIssued() {
        fx.work.bills().voidBill(late.id(), late.version(), "重复录入", fx.session("clerk1"));
        SettlementException e = assertThrows(SettlementException.class, () -> issue(late));
        assertEquals(SettlementException.Problem.NOT_COMPUTED, e.problem());
        assertTrue(e.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("不能出具结算单"));
    }

}
