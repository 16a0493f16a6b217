package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.medaid.bills.BillDraft;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.model.Category;
import org.medaid.reports.FundPayments;
import org.medaid.reports.StatisticsService;
import org.medaid.settlement.IssuedVia;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;
import org.medaid.watch.WatchLists;
import org.medaid.watch.WatchStore;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Objections;
import org.medaid.workflow.WorkflowService;

/**
 * The store the report screens are tested on (新邵县, today 2024-12-20, a notice of 5 working days before approval):
 * 低保甲 claimed 2024-03-05 afterwards (20,000, basic 10,000 → assistance 4,200 owed to 甲); 低保丁 settled one-stop
 * at 邵东县人民医院 on 2024-05-06 (the hospital advanced 4,200); 刘桂香 (边缘, 30,000 of which 2,000 outside the
 * catalogue, basic 15,000 → burden 15,000 over a quarter of the county's income: on the tilt list) applied and is
 * at 公示; 王五 (低保) approved, waiting for payout.
 */
final class ReportDesk implements AutoCloseable {

    final ScreensFixture fx;
    final SettlementService settlements;
    final WatchStore watchStore;
    final Objections objections;
    final PersonRecord jia;
    final PersonRecord ding;
    final PersonRecord liu;
    final PersonRecord wang;
    final AssistanceApplication atNotice;
    final long wangCase;

    ReportDesk(Path folder) {
        fx = new ScreensFixture(folder);
        fx.noticeBeforeApproval();
        settlements = new SettlementService(fx.db, fx.work.people(), fx.work.bills(), fx.work.ledger(), fx.work.policies(),
                fx.work.clock());
        watchStore = new WatchStore(fx.db, fx.work.clock());
        objections = new Objections(fx.db, fx.work.workflow(), fx.work.clock());
        jia = fx.person("低保甲", ScreensFixture.SHAOYANG, "石门村", Category.MINIMUM_LIVING);
        ding = fx.person("低保丁", ScreensFixture.SHAOYANG, "东山村", Category.MINIMUM_LIVING);
        liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        wang = fx.person("王五", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        settle(ScreensFixture.stay(jia.id(), LocalDate.of(2024, 3, 5), "20000.00", "0.00", "10000.00"));
        BillDraft d = ScreensFixture.stay(ding.id(), LocalDate.of(2024, 5, 6), "20000.00", "0.00", "10000.00");
        settle(new BillDraft(d.personId(), d.kind(), d.admitted(), d.discharged(), "邵东县人民医院", d.hospitalLevel(), d.location(),
                false, d.diagnosis(), null, false, d.total(), d.outOfCatalog(), null, null, d.basic(), d.criticalIllness(), null)
                .withSecondAudit(false, null, new BigDecimal("4200.00"), null, null));
        WorkflowService w = fx.work.workflow();
        StoredBill bill = fx.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        AssistanceApplication a = w.apply(new ApplicationRequest(liu.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2),
                new BigDecimal("6000.00"), null, null, null), ScreensFixture.service(fx.clerk));
        a = w.review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(fx.reviewer));
        atNotice = w.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, ScreensFixture.service(fx.reviewer));
        StoredBill wb = fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 10, 20), "30000.00", "2000.00", "15000.00"),
                fx.clerk);
        AssistanceApplication b = w.apply(new ApplicationRequest(wang.id(), List.of(wb.id()), LocalDate.of(2024, 11, 1),
                new BigDecimal("5000.00"), null, null, null), ScreensFixture.service(fx.clerk));
        b = w.review(b.id(), b.version(), LocalDate.of(2024, 11, 4), "李审核", null, ScreensFixture.service(fx.reviewer));
        b = w.publicise(b.id(), b.version(), LocalDate.of(2024, 11, 5), null, ScreensFixture.service(fx.reviewer));
        w.approve(b.id(), b.version(), null, LocalDate.of(2024, 11, 20), null, ScreensFixture.service(fx.approver));
        wangCase = b.id();
    }

    private void settle(BillDraft d) {
        StoredBill b = fx.add(d, fx.clerk);
        settlements.issue(b.id(), IssuedVia.MARKED, "新邵县医保局", "张经办", "clerk1");
    }

    StatisticsService statistics() {
        return new StatisticsService(settlements, fx.work.people());
    }

    FundPayments fund() {
        return new FundPayments(settlements, fx.work.people());
    }

    /**
     * 报表 › 公示异议 over this desk, shown in a stage of its own for {@code who}, its recovery list printed for
     * {@code office}; returns once the case table holds at least {@code cases} cases.
     */
    ObjectionsView showObjections(org.medaid.desk.task.FxTaskExecutor executor,
            java.util.function.Supplier<org.medaid.session.Session> who, java.util.function.Supplier<String> office,
            org.testfx.api.FxRobot robot, int cases) throws Exception {
        ObjectionsView view = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new ObjectionsView(new ObjectionsViewModel(
                objections, fx.work.queries(), executor, ScreensFixture.CHINESE, who, ScreensFixture.TODAY, office))).get();
        org.testfx.api.FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(view.view(), 1360, 860));
            s.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.testfx.util.WaitForAsyncUtils.asyncFx(view::shown);
        waitUntil(() -> robot.lookup("#caseTable").queryAs(javafx.scene.control.TableView.class).getItems().size() >= cases);
        return view;
    }

    /** With the environment variable MEDAID_SCREENSHOTS=FOLDER, the top-most showing window is written there as {@code name}. */
    static void screenshot(org.testfx.api.FxRobot robot, String name) throws Exception {
        String out = System.getenv("MEDAID_SCREENSHOTS");
        if (out == null) {
            return;
        }
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Scene scene = robot.listTargetWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                    .reduce((a, b) -> b).orElseThrow().getScene();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    Path.of(out, name).toFile());
            return null;
        }).get();
    }

    /** Waits, with the tests' patience, until {@code condition} holds, then for the FX events it started. */
    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    WatchLists watchLists() {
        return new WatchLists(fx.db, fx.work.people(), fx.work.ledger(), watchStore, fx.work::policies);
    }

    @Override
    public void close() {
        fx.close();
    }
}
