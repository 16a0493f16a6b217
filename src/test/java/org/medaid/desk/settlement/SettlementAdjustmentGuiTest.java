package org.medaid.desk.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.ledger.LedgerItem;
import org.medaid.model.Category;
import org.medaid.settlement.Adjustment;
import org.medaid.store.PersonRecord;

/**
 * ADR 0031, by keyboard: a slip of 11-20 is saved as PDF (issued as 2024-000001); an earlier bill of 11-01 is
 * entered; the ledger marks 11-20 as waiting for an adjustment; the 结算调整 queue lists it, the clerk confirms
 * it (2024-T000001) and its slip names the original; 补打 of 2024-000001 prints the very figures first issued.
 * 临沂 低保 (no deductible, 70%, cap 10,000; 再救助 above the cap). Set -Dmedaid.shots=FOLDER for screenshots.
 */
class SettlementAdjustmentGuiTest extends ScreensGuiTest {

    PersonRecord wang;
    StoredBill late;

    @Override
    protected void fill(ScreensFixture f) {
        wang = f.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        late = f.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 11, 20), "12000.00", "1000.00", "5000.00"), f.clerk);
    }

    private void shoot(String name) throws Exception {
        String dir = System.getProperty("medaid.shots");
        if (dir != null) {
            java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                Snapshots.write(window.scene(), Path.of(dir).resolve(name));
                done.complete(null);
            });
            done.get(org.medaid.Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private TableView<?> table(String id) {
        return robot.lookup(id).queryTableView();
    }

    @Test
    void anEarlierBillAfterAPrintedSlipMakesANumberedAdjustmentAndTheReprintKeepsTheFigures() throws Exception {
        SettlementPrints prints = new SettlementPrints(fx, folder);
        Path original = prints.slip(wang, late.id(), 2024);
        String first = SettlementPrints.text(original);
        assertTrue(first.contains("2024-000001"), "the slip prints its settlement number");

        // a bill settled earlier in the year is entered after the slip was handed out
        fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 11, 1), "20000.00", "0.00", "5000.00"), fx.clerk);

        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("王五");
        waitUntil(() -> table("#table").getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#markButton").tryQuery().isPresent() && table("#table").getItems().size() == 2);
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("结算调整"));
        LedgerItem lateItem = (LedgerItem) table("#table").getItems().get(1);
        assertEquals(late.id(), lateItem.billId());
        assertEquals("待调整 2024-000001", mark(1));
        shoot("settle-ledger-marks.png");

        shortcut(KeyCode.ALT, KeyCode.J);
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent() && table("#table").getItems().size() == 1
                && !robot.lookup("#confirmButton").queryButton().isDisabled());
        shoot("settle-adjustment-queue.png");
        shortcut(KeyCode.ALT, KeyCode.C);
        waitUntil(() -> !fx.work.database().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM settlement_adjustment WHERE state = 'CONFIRMED'")) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        }));
        SettlementDesk desk = SettlementDesk.over(fx.work);
        Adjustment confirmed = desk.settlements().confirmed().get(0);
        assertEquals("2024-T000001", confirmed.number());
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("2024-T000001"));
        shoot("settle-adjustment-confirmed.png");

        Path slip = prints.save(AdjustmentJobs.slip(fx.work, desk, fx.as(fx.clerk), prints.settings(), confirmed));
        String adjustment = SettlementPrints.text(slip);
        assertTrue(adjustment.contains("2024-T000001") && adjustment.contains("2024-000001"), adjustment);
        assertTrue(adjustment.contains("应退回") && adjustment.contains("补付"), adjustment);
        assertTrue(adjustment.contains("补录了更早结算的票据：2024-11-01"), adjustment);

        Path reprint = prints.slip(wang, late.id(), 2024);
        String again = SettlementPrints.text(reprint);
        assertTrue(again.contains("补打") && again.contains("2024-000001"), "the same number, marked 补打");
        List<String> figures = SettlementPrints.figures(first);
        assertFalse(figures.isEmpty());
        assertEquals(figures, SettlementPrints.figures(again), "补打 prints the very figures first issued");
        assertTrue(first.contains("4,200.00") && again.contains("4,200.00"));
        copy(original, "settle-slip-original.pdf");
        copy(reprint, "settle-slip-reprint.pdf");
        copy(slip, "settle-adjustment-slip.pdf");
    }

    /** The 结算单 column's text in row {@code index} of the ledger. */
    private String mark(int index) {
        TableView<?> t = table("#table");
        return t.getColumns().stream().filter(c -> "settlementColumn".equals(c.getId())).findFirst()
                .map(c -> String.valueOf(c.getCellData(index))).orElseThrow();
    }

    private static void copy(Path pdf, String name) throws Exception {
        String dir = System.getProperty("medaid.shots");
        if (dir != null) {
            Files.copy(pdf, Path.of(dir).resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
