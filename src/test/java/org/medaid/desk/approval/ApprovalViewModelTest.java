package org.medaid.desk.approval;

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
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.users.User;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.StageRecord;
import org.medaid.workflow.Stage;

/**
 * 审批 without a window: a 邵阳 低保边缘 person's bill goes by application (邵医保发〔2021〕32号 三(八)); the clerk
 * enters and applies, the reviewer reviews, publicises and approves, the clerk pays. Today is Friday 2024-12-20.
 */
class ApprovalViewModelTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    PersonRecord marginal;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir);
        fx.noticeBeforeApproval();
        marginal = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ApprovalViewModel as(User user) {
        return new ApprovalViewModel(fx.work, new SameThreadTaskExecutor(), ScreensFixture.CHINESE, fx.as(user),
                new org.medaid.desk.preview.PrintSettings(java.util.prefs.Preferences.userRoot().node("org/medaid/desk-test/approval")));
    }

    /** The clerk (or {@code by}) enters the bill and applies for it on {@code date}. */
    private AssistanceApplication applied(User by, String date) {
        StoredBill bill = fx.add(ScreensFixture.stay(marginal.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"), by);
        var rows = fx.work.ledger().year(marginal.id(), 2024).rows();
        ApplyViewModel apply = new ApplyViewModel(fx.work.workflow(), new SameThreadTaskExecutor(), ScreensFixture.CHINESE,
                fx.as(by), marginal, rows, bill.id(), ScreensFixture.TODAY);
        apply.dateProperty().set(date);
        AssistanceApplication[] made = new AssistanceApplication[1];
        apply.setOnApplied(a -> made[0] = a);
        apply.apply();
        assertNull(apply.problemBinding().get());
        return made[0];
    }

    private static void step(ApprovalViewModel m, Action action, String date) {
        StepViewModel f = m.form(action);
        f.dateProperty().set(date);
        assertTrue(f.validBinding().get(), action + ": " + f.problemBinding().get());
        m.act(f);
        assertFalse(m.status().isError(), m.status().message());
    }

    @Test
    void anApplicationMovesThroughEveryStageWithAClerkAndAReviewer() {
        AssistanceApplication a = applied(fx.clerk, "2024-12-02");
        ApprovalViewModel clerk = as(fx.clerk);
        ApprovalViewModel reviewer = as(fx.reviewer);
        clerk.open(a.id(), Stage.APPLIED);
        assertFalse(clerk.enabledProperty(Action.REVIEW).get());
        assertEquals("这一步须由乡镇审核人办理（职责分离）", clerk.whyNotProperty(Action.REVIEW).get());

        reviewer.open(a.id(), Stage.APPLIED);
        step(reviewer, Action.REVIEW, "2024-12-04");
        assertEquals(Stage.TOWNSHIP_REVIEWED, reviewer.detailProperty().get().application().stage());
        StepViewModel notice = reviewer.form(Action.PUBLICISE);
        notice.dateProperty().set("2024-12-05");
        assertTrue(notice.infoBinding().get().startsWith("公示期：2024-12-05 至 2024-12-11（5 个工作日，周末不计）"),
                notice.infoBinding().get());
        reviewer.act(notice);
        assertEquals(Stage.PUBLICISED, reviewer.stageProperty().get(), "the case is followed into its new stage");

        clerk.open(a.id(), Stage.PUBLICISED);
        assertFalse(clerk.enabledProperty(Action.APPROVE).get(), "the clerk cannot approve");
        assertFalse(reviewer.enabledProperty(Action.APPROVE).get(), "the township reviewer cannot approve");
        ApprovalViewModel approver = as(fx.approver);
        approver.open(a.id(), Stage.PUBLICISED);
        step(approver, Action.APPROVE, "2024-12-12");
        clerk.open(a.id(), Stage.APPROVED);
        assertFalse(clerk.enabledProperty(Action.PAY).get(), "who entered the case does not pay it");
        approver.open(a.id(), Stage.APPROVED);
        step(approver, Action.PAY, "2024-12-16");

        AssistanceApplication paid = approver.detailProperty().get().application();
        assertEquals(Stage.PAID, paid.stage());
        assertEquals(List.of("clerk1", "reviewer1", "reviewer1", "approver1", "approver1"),
                paid.history().stream().map(StageRecord::user).toList());
        assertEquals(LocalDate.of(2024, 12, 11), paid.publicityEnd());
        assertEquals("6230000000000000007", paid.bankAccount());
        assertEquals(1, approver.countsProperty().get().get(Stage.PAID));
    }

    @Test
    void theApprovalFormProposesTheComputedAmountAndAnotherOneNeedsAReason() {
        AssistanceApplication a = applied(fx.clerk, "2024-12-02");
        ApprovalViewModel reviewer = as(fx.reviewer);
        reviewer.open(a.id(), Stage.APPLIED);
        step(reviewer, Action.REVIEW, "2024-12-04");
        step(reviewer, Action.PUBLICISE, "2024-12-05");
        ApprovalViewModel approver = as(fx.approver);
        approver.open(a.id(), Stage.PUBLICISED);
        // 邵医保发〔2021〕32号 三(八) by hand: 30,000 − 2,000 out of catalogue − basic 15,000 = 13,000; (13,000 − 6,000) × 50%
        assertEquals(new BigDecimal("3500.00"), approver.detailProperty().get().grant().computed());

        StepViewModel f = approver.form(Action.APPROVE);
        f.dateProperty().set("2024-12-12");
        assertEquals("3,500.00", f.amountProperty().get(), "the computed amount is proposed");
        assertTrue(f.infoBinding().get().contains("按政策计算的批准金额：3,500.00"), f.infoBinding().get());
        assertTrue(f.infoBinding().get().contains("三(八)"), "its lines cite the clause: " + f.infoBinding().get());
        assertTrue(f.validBinding().get(), f.problemBinding().get());
        f.amountProperty().set("3000.00");
        assertEquals("批准金额 3,000.00 与按政策计算的金额 3,500.00 不同，请填写调整理由", f.problemBinding().get());
        f.reasonProperty().set("家庭另获慈善救助，县级复核调减");
        assertTrue(f.validBinding().get(), f.problemBinding().get());
        approver.act(f);
        assertFalse(approver.status().isError(), approver.status().message());

        AssistanceApplication approved = fx.work.workflow().byId(a.id()).orElseThrow();
        assertEquals(new BigDecimal("3000.00"), approved.approvedAmount());
        assertEquals(new BigDecimal("3500.00"), approved.computedAmount());
        assertEquals("家庭另获慈善救助，县级复核调减", approved.grantReason());
    }

    @Test
    void aReviewerCannotReviewACaseWhoseBillTheyEntered() {
        AssistanceApplication a = applied(fx.admin, "2024-12-02");
        ApprovalViewModel admin = as(fx.admin);
        admin.open(a.id(), Stage.APPLIED);
        assertFalse(admin.enabledProperty(Action.REVIEW).get());
        assertEquals("这一步须由乡镇审核人办理（职责分离）", admin.whyNotProperty(Action.REVIEW).get());
    }

    @Test
    void approvalWaitsForTheEndOfTheNotice() {
        AssistanceApplication a = applied(fx.clerk, "2024-12-16");
        ApprovalViewModel reviewer = as(fx.reviewer);
        reviewer.open(a.id(), Stage.APPLIED);
        step(reviewer, Action.REVIEW, "2024-12-17");
        step(reviewer, Action.PUBLICISE, "2024-12-18");
        assertEquals(LocalDate.of(2024, 12, 24), reviewer.detailProperty().get().application().publicityEnd());
        ApprovalViewModel approver = as(fx.approver);
        approver.open(a.id(), Stage.PUBLICISED);
        assertFalse(approver.enabledProperty(Action.APPROVE).get());
        assertEquals("公示期至 2024-12-24 结束，期满后才能审批", approver.whyNotProperty(Action.APPROVE).get());
    }

    @Test
    void aRefusalNeedsTheWrittenReasonAndIsListedAsRefused() {
        AssistanceApplication a = applied(fx.clerk, "2024-12-02");
        ApprovalViewModel reviewer = as(fx.reviewer);
        reviewer.open(a.id(), Stage.APPLIED);
        StepViewModel refuse = reviewer.form(Action.REJECT);
        assertFalse(refuse.validBinding().get());
        assertEquals("请写明不予救助的理由（将书面告知申请人）", refuse.problemBinding().get());
        refuse.reasonProperty().set("家庭收入超过规定标准");
        reviewer.act(refuse);
        assertEquals(Stage.REJECTED, reviewer.stageProperty().get());
        assertEquals(List.of(a.id()), reviewer.cases().stream().map(CaseRow::applicationId).toList());
        assertEquals("家庭收入超过规定标准", reviewer.detailProperty().get().application().rejectionReason());
    }

    @Test
    void theAmountAskedDefaultsToWhatTheBillsLeaveThePerson() {
        StoredBill bill = fx.add(ScreensFixture.stay(marginal.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"), fx.clerk);
        var rows = fx.work.ledger().year(marginal.id(), 2024).rows();
        ApplyViewModel apply = new ApplyViewModel(fx.work.workflow(), new SameThreadTaskExecutor(), ScreensFixture.CHINESE,
                fx.as(fx.clerk), marginal, rows, bill.id(), ScreensFixture.TODAY);
        BigDecimal selfPay = rows.get(0).result().selfPay();
        assertEquals(org.medaid.desk.common.MoneyText.format(selfPay), apply.amountProperty().get());
        apply.bills().get(0).chosenProperty().set(false);
        assertEquals("请至少选择一张票据", apply.problemBinding().get());
    }

    @Test
    void aCaseSentBackShowsTheApprovalItLostBesideTheNewFigure() {
        AssistanceApplication a = applied(fx.clerk, "2024-12-02");
        ApprovalViewModel reviewer = as(fx.reviewer);
        reviewer.open(a.id(), Stage.APPLIED);
        step(reviewer, Action.REVIEW, "2024-12-04");
        step(reviewer, Action.PUBLICISE, "2024-12-05");
        ApprovalViewModel approver = as(fx.approver);
        approver.open(a.id(), Stage.PUBLICISED);
        step(approver, Action.APPROVE, "2024-12-12");
        long billId = a.bills().get(0).billId();
        StoredBill bill = fx.work.bills().byId(billId).orElseThrow();
        // corrected to 32,000: base 15,000 → (15,000 − 6,000) × 50% = 4,500 (邵医保发〔2021〕32号 三(八))
        fx.work.bills().correct(billId, bill.version(), ScreensFixture.stay(marginal.id(), LocalDate.of(2024, 11, 28),
                "32000.00", "2000.00", "15000.00"), ScreensFixture.service(fx.clerk));

        approver.open(a.id(), Stage.APPROVED);

        CaseDetail d = approver.detailProperty().get();
        assertEquals(Stage.APPLIED, d.application().stage(), "opening the case found the change and sent it back");
        assertNull(d.application().approvedAmount(), "the old amount is not the case's any more");
        assertEquals(new BigDecimal("3500.00"), d.figuresChange().granted().amount(), "old");
        assertEquals(new BigDecimal("4500.00"), d.grant().computed(), "new, beside it");
        assertEquals("3,500.00（2024-12-12 批准；按政策计算 3,500.00）",
                FiguresChangeView.granted(d.figuresChange().granted(), ScreensFixture.CHINESE));
        assertFalse(approver.enabledProperty(Action.APPROVE).get(), "nobody approves before the township reviewed again");
        assertFalse(approver.enabledProperty(Action.PAY).get(), "nor pays");
    }
}
