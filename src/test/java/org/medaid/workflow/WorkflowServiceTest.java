package org.medaid.workflow;

import org.medaid.model.WorkingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.store.AuditEntry;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;
import org.medaid.users.User;
import org.medaid.session.DutyException;
import org.medaid.session.Rule;
import org.medaid.users.UserProblem;

class WorkflowServiceTest {

    /** These cases are about other rules: their amounts are the approver\'s, with a reason (ADR 0056). */
    static final String OVERRIDE = "县级复核认定金额";

    /** Thursday. */
    static final LocalDate APPLIED = LocalDate.of(2024, 11, 28);

    @TempDir
    Path dir;
    WorkflowDesk w;
    PersonRecord person;
    StoredBill bill;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir);
        person = w.marginal("陈八", "石门村");
        bill = w.bill(person, LocalDate.of(2024, 11, 20), w.clerk);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private AssistanceApplication applied() {
        return w.apply(person, bill, APPLIED, "5000.00", w.clerk);
    }

    private AssistanceApplication reviewed() {
        AssistanceApplication a = applied();
        return w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", "入户核实属实", w.reviewer);
    }

    private AssistanceApplication publicised() {
        AssistanceApplication a = reviewed();
        return w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), "村务公开栏", w.reviewer);
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void applicationGoesThroughEveryStageWithTwoUsers() {
        AssistanceApplication a = applied();
        assertEquals(Stage.APPLIED, a.stage());
        // 三(八): assistance by application; and the burden left is above 25% of the county's income: 倾斜救助.
        assertEquals(List.of("APPLICATION_REQUIRED", "TILT_REVIEW"), a.grounds());
        // 三(八) pays only once the application is approved (POLICY-NOTES §7.3): the bill has paid nothing yet.
        assertEquals(yuan("0.00"), a.bills().get(0).assistance());
        assertEquals(yuan("15000.00"), a.selfPayTotal());
        assertEquals("6230000000000000007", a.bankAccount(), "the person's account by default");

        a = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", "入户核实属实", w.reviewer);
        assertEquals(Stage.TOWNSHIP_REVIEWED, a.stage());
        assertEquals(LocalDate.of(2024, 12, 3), a.visitDate());
        assertEquals("刘干部、陈干部", a.visitors());
        assertFalse(a.visitLate());

        // Posted Thursday 12-05: Thu, Fri, Mon, Tue, Wed — the weekend does not count.
        a = w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), "村务公开栏", w.reviewer);
        assertEquals(LocalDate.of(2024, 12, 5), a.publicityStart());
        assertEquals(LocalDate.of(2024, 12, 11), a.publicityEnd());

        a = w.workflow.approve(a.id(), a.version(), yuan("4000"), OVERRIDE, LocalDate.of(2024, 12, 12), "同意", w.approver);
        assertEquals(Stage.APPROVED, a.stage());
        assertEquals(yuan("4000.00"), a.approvedAmount());

        a = w.workflow.pay(a.id(), a.version(), null, LocalDate.of(2024, 12, 18), null, w.payer);
        assertEquals(Stage.PAID, a.stage());
        assertEquals(LocalDate.of(2024, 12, 18), a.payoutDate());

        assertEquals(List.of(Stage.APPLIED, Stage.TOWNSHIP_REVIEWED, Stage.PUBLICISED, Stage.APPROVED, Stage.PAID),
                a.history().stream().map(StageRecord::stage).toList());
        assertEquals(List.of("clerk1", "reviewer1", "reviewer1", "approver1", "payer1"),
                a.history().stream().map(StageRecord::user).toList());
        assertEquals("入户核实属实", a.stageRecord(Stage.TOWNSHIP_REVIEWED).orElseThrow().note());
        assertEquals(a, w.workflow.byId(a.id()).orElseThrow());
    }

    @Test
    void everyStepIsAudited() {
        AssistanceApplication a = publicised();
        List<AuditEntry> trail = new JdbcAuditLog(w.desk.db).forRecord("application", a.id());
        assertEquals(List.of("APPLY", "REVIEW", "PUBLICISE"), trail.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("clerk1", "reviewer1", "reviewer1"), trail.stream().map(AuditEntry::user).toList());
        assertTrue(trail.get(2).oldValue().contains("TOWNSHIP_REVIEWED"));
        assertTrue(trail.get(2).newValue().contains("PUBLICISED"));
    }

    @Test
    void householdVisitIsDueTenWorkingDaysAfterTheApplication() {
        // Thursday 11-28 + 10 working days, two weekends skipped.
        assertEquals(LocalDate.of(2024, 12, 12), applied().visitDue());
    }

    @Test
    void aLateVisitIsRecordedAsLate() {
        AssistanceApplication a = applied();
        a = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 13), null, null, w.reviewer);
        assertTrue(a.visitLate());
    }

    @Test
    void aNoticePostedOnSaturdayStartsOnMonday() {
        AssistanceApplication a = reviewed();
        a = w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 7), null, w.reviewer);
        assertEquals(LocalDate.of(2024, 12, 9), a.publicityStart());
        assertEquals(LocalDate.of(2024, 12, 13), a.publicityEnd());
    }

    @Test
    void approvalBeforeTheNoticeEndsIsRefused() {
        AssistanceApplication a = publicised();
        WorkflowException e = assertThrows(WorkflowException.class, () -> w.workflow.approve(a.id(), a.version(),
                yuan("4000.00"), OVERRIDE, LocalDate.of(2024, 12, 11), null, w.approver));
        assertEquals(WorkflowProblem.PUBLICITY_NOT_OVER, e.problem());
        assertEquals("公示期至 2024-12-11 结束，审批日期 2024-12-11 须在公示期满之后", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Stage.PUBLICISED, w.workflow.byId(a.id()).orElseThrow().stage());
    }

    @Test
    void clerkCannotReview() {
        AssistanceApplication a = applied();
        DutyException e = assertThrows(DutyException.class,
                () -> w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", null, w.clerk));
        assertEquals(Rule.ROLE, e.rule());
        assertEquals("只有乡镇审核人可以乡镇审核；您的角色是经办人。", e.getMessage());
    }

    @Test
    void clerkCannotApprove() {
        AssistanceApplication a = publicised();
        DutyException e = assertThrows(DutyException.class, () -> w.workflow.approve(a.id(), a.version(),
                yuan("4000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.clerk));
        assertEquals(Rule.ROLE, e.rule());
    }

    @Test
    void aReviewerCannotReviewAnApplicationTheyEntered() {
        AssistanceApplication a = w.apply(person, bill, APPLIED, "5000.00", w.reviewer2);
        DutyException e = assertThrows(DutyException.class,
                () -> w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", null, w.reviewer2));
        assertEquals(Rule.ENTRY_NOT_REVIEW, e.rule());
    }

    @Test
    void aReviewerCannotApproveACaseWhoseBillTheyEntered() {
        PersonRecord p = w.marginal("周九", "石门村");
        StoredBill own = w.bill(p, LocalDate.of(2024, 11, 20), w.reviewer2);
        AssistanceApplication a = w.apply(p, own, APPLIED, "5000.00", w.clerk);
        a = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", null, w.reviewer);
        a = w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, w.reviewer);
        AssistanceApplication atNotice = a;
        DutyException e = assertThrows(DutyException.class, () -> w.workflow.approve(atNotice.id(),
                atNotice.version(), yuan("4000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.reviewer2));
        assertEquals(Rule.ENTRY_NOT_APPROVAL, e.rule());
        assertEquals(Stage.APPROVED, w.workflow.approve(atNotice.id(), atNotice.version(), yuan("4000.00"), OVERRIDE,
                LocalDate.of(2024, 12, 12), null, w.approver).stage());
    }

    @Test
    void stagesGoOnlyInOrder() {
        AssistanceApplication a = applied();
        WorkflowException approve = assertThrows(WorkflowException.class, () -> w.workflow.approve(a.id(), a.version(),
                yuan("4000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.approver));
        assertEquals(WorkflowProblem.WRONG_STAGE, approve.problem());
        WorkflowException publicise = assertThrows(WorkflowException.class,
                () -> w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, w.reviewer));
        assertEquals(WorkflowProblem.WRONG_STAGE, publicise.problem());
        WorkflowException pay = assertThrows(WorkflowException.class,
                () -> w.workflow.pay(a.id(), a.version(), null, LocalDate.of(2024, 12, 18), null, w.payer));
        assertEquals(WorkflowProblem.WRONG_STAGE, pay.problem());
    }

    @Test
    void aStaleVersionIsRefused() {
        AssistanceApplication a = applied();
        w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", null, w.reviewer);
        assertThrows(StaleRecordException.class,
                () -> w.workflow.reject(a.id(), a.version(), "家庭收入超标", LocalDate.of(2024, 12, 4), w.reviewer2));
        assertEquals(Stage.TOWNSHIP_REVIEWED, w.workflow.byId(a.id()).orElseThrow().stage());
    }

    @Test
    void rejectionAtReviewKeepsTheWrittenReason() {
        AssistanceApplication a = applied();
        a = w.workflow.reject(a.id(), a.version(), "经入户核实，家庭年收入超过规定标准", LocalDate.of(2024, 12, 3), w.reviewer);
        assertEquals(Stage.REJECTED, a.stage());
        assertEquals(Stage.APPLIED, a.rejectedAtStage());
        assertEquals("经入户核实，家庭年收入超过规定标准", a.rejectionReason());
        assertEquals(LocalDate.of(2024, 12, 3), a.rejectedOn());
        assertEquals("reviewer1", a.stageRecord(Stage.REJECTED).orElseThrow().user());
    }

    @Test
    void rejectionAtApprovalIsPossible() {
        AssistanceApplication a = publicised();
        a = w.workflow.reject(a.id(), a.version(), "公示期间群众反映情况属实", LocalDate.of(2024, 12, 12), w.approver);
        assertEquals(Stage.PUBLICISED, a.rejectedAtStage());
    }

    @Test
    void rejectionNeedsAReason() {
        AssistanceApplication a = applied();
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> w.workflow.reject(a.id(), a.version(), " ", LocalDate.of(2024, 12, 3), w.reviewer));
        assertEquals(WorkflowProblem.REASON_REQUIRED, e.problem());
    }

    @Test
    void aPaidCaseCannotBeRejected() {
        AssistanceApplication a = publicised();
        a = w.workflow.approve(a.id(), a.version(), yuan("4000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.approver);
        AssistanceApplication approved = a;
        WorkflowException e = assertThrows(WorkflowException.class, () -> w.workflow.reject(approved.id(),
                approved.version(), "重新考虑", LocalDate.of(2024, 12, 13), w.reviewer));
        assertEquals(WorkflowProblem.WRONG_STAGE, e.problem());
    }

    @Test
    void aBillCanBeInOneLiveApplicationOnly() {
        AssistanceApplication first = applied();
        WorkflowException e = assertThrows(WorkflowException.class, () -> w.apply(person, bill, APPLIED, "100.00", w.clerk));
        assertEquals(WorkflowProblem.BILL_IN_OTHER_APPLICATION, e.problem());
        // the clerk's numbers, not row ids: the bill by its date and total, the application as 2024-0001
        String said = e.message(java.util.Locale.SIMPLIFIED_CHINESE);
        org.junit.jupiter.api.Assertions.assertTrue(said.contains("已在申请 " + CaseNumber.of(first.id(), first.appliedOn()) + " 中")
                && said.contains("就诊的票据（总额 "), said);
        w.workflow.reject(first.id(), first.version(), "材料不全", LocalDate.of(2024, 12, 2), w.reviewer);
        assertEquals(Stage.APPLIED, w.apply(person, bill, LocalDate.of(2024, 12, 4), "100.00", w.clerk).stage());
    }

    @Test
    void noMoreCanBeAskedOrGrantedThanThePersonBears() {
        WorkflowException asked = assertThrows(WorkflowException.class, () -> w.apply(person, bill, APPLIED, "15000.01", w.clerk));
        assertEquals(WorkflowProblem.AMOUNT_EXCEEDS_SELF_PAY, asked.problem());
        AssistanceApplication a = publicised();
        WorkflowException granted = assertThrows(WorkflowException.class, () -> w.workflow.approve(a.id(), a.version(),
                yuan("15500.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.approver));
        assertEquals(WorkflowProblem.AMOUNT_EXCEEDS_SELF_PAY, granted.problem());
    }

    @Test
    void anApplicationBeforeItsBillWasSettledIsRefused() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> w.apply(person, bill, LocalDate.of(2024, 11, 19), "100.00", w.clerk));
        assertEquals(WorkflowProblem.DATE_BEFORE_BILL, e.problem());
    }

    @Test
    void aVoidedBillCannotBeApplied() {
        w.desk.bills.voidBill(bill.id(), bill.version(), "重复录入", w.clerk);
        WorkflowException e = assertThrows(WorkflowException.class, () -> applied());
        assertEquals(WorkflowProblem.BILL_NOT_COMPUTED, e.problem());
        assertTrue(w.workflow.forPerson(person.id()).isEmpty());
    }

    @Test
    void anApplicationWithoutFlagsIsOnRequest() {
        PersonRecord ordinary = w.desk.person("吴十", org.medaid.bills.TestDesk.SHAOYANG, "石门村");
        StoredBill b = w.desk.bills.add(org.medaid.bills.TestDesk.stay(ordinary.id(), LocalDate.of(2024, 11, 20), "3000.00",
                "0.00", "2000.00", "0.00"), w.clerk);
        AssistanceApplication a = w.apply(ordinary, b, APPLIED, "500.00", w.clerk);
        assertEquals(List.of(AssistanceApplication.ON_REQUEST), a.grounds());
        assertEquals("本人申请", AssistanceApplication.groundLabel(a.grounds().get(0), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theHouseholdIsKeptAsItWasWhenTheApplicationWasMade() {
        w.desk.people.enrol(People.member("陈小八", People.id("430522", 2010, 77), "石门村", person.id(), "子女"),
                List.of(), w.clerk);
        AssistanceApplication a = applied();
        assertEquals(List.of("陈八", "陈小八"), a.household().stream().map(HouseholdMember::name).toList());
    }

    @Test
    void aDeactivatedReviewerCannotActAnyMore() {
        AssistanceApplication a = applied();
        User stored = w.auth.byId(w.reviewer.userId()).orElseThrow();
        w.auth.update(w.admin, new User(stored.id(), stored.version(), stored.login(), stored.displayName(), stored.roles(), false));
        DutyException e = assertThrows(DutyException.class,
                () -> w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", null, w.reviewer));
        assertEquals(Rule.USER_INACTIVE, e.rule());
    }

    @Test
    void approvalNeedsAValidAccountOnThePerson() {
        PersonRecord noAccount = w.desk.people.enrol(People.member("郑十一", People.id("430522", 1970, 88), "石门村",
                person.id(), "兄弟"), List.of(), w.clerk);
        assertNull(noAccount.bankAccount());
        w.desk.people.addCategory(new org.medaid.store.CategoryRecord(0, 0, noAccount.id(), org.medaid.model.Category.MARGINAL,
                LocalDate.of(2020, 1, 1), null, org.medaid.identity.Department.CIVIL_AFFAIRS, "民发〔2020〕1号", false), w.clerk);
        StoredBill b = w.bill(noAccount, LocalDate.of(2024, 11, 20), w.clerk);
        AssistanceApplication a = w.apply(noAccount, b, APPLIED, "1000.00", w.clerk);
        a = w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部、陈干部", null, w.reviewer);
        AssistanceApplication atNotice = w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, w.reviewer);
        WorkflowException e = assertThrows(WorkflowException.class, () -> w.workflow.approve(atNotice.id(), atNotice.version(),
                yuan("1000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.approver));
        assertEquals(WorkflowProblem.BANK_ACCOUNT_MISSING, e.problem());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            abc12,               BANK_ACCOUNT_INVALID
            622848000000,        BANK_ACCOUNT_INVALID
            6222999988887777666, BANK_ACCOUNT_CHECK_DIGIT
            """)
    void aMalformedAccountOnThePersonStopsTheApproval(String account, WorkflowProblem expected) {
        PersonRecord p = w.desk.people.byId(person.id()).orElseThrow();
        w.desk.people.update(withAccount(p, account), w.clerk);
        AssistanceApplication a = publicised();
        WorkflowException e = assertThrows(WorkflowException.class, () -> w.workflow.approve(a.id(), a.version(),
                yuan("1000.00"), OVERRIDE, LocalDate.of(2024, 12, 12), null, w.approver));
        assertEquals(expected, e.problem());
    }

    @Test
    void payoutGoesOnlyToTheAccountRecordedAtApproval() {
        AssistanceApplication a = publicised();
        AssistanceApplication approved = w.workflow.approve(a.id(), a.version(), yuan("1000.00"), OVERRIDE, LocalDate.of(2024, 12, 12),
                null, w.approver);
        assertEquals("6230000000000000007", approved.bankAccount());
        // the account typed at payout in the probe: refused
        WorkflowException e = assertThrows(WorkflowException.class, () -> w.workflow.pay(approved.id(), approved.version(),
                "6222999988887777665", LocalDate.of(2024, 12, 18), null, w.payer));
        assertEquals(WorkflowProblem.PAYEE_NOT_APPROVED, e.problem());
        assertEquals("6230000000000000007", w.workflow.pay(approved.id(), approved.version(), null,
                LocalDate.of(2024, 12, 18), null, w.payer).bankAccount());
    }

    @Test
    void changingThePersonsAccountAfterApprovalSendsTheCaseBackToTownshipReview() {
        AssistanceApplication a = publicised();
        AssistanceApplication approved = w.workflow.approve(a.id(), a.version(), yuan("1000.00"), OVERRIDE, LocalDate.of(2024, 12, 12),
                null, w.approver);
        PersonRecord p = w.desk.people.byId(person.id()).orElseThrow();
        w.desk.people.update(withAccount(p, "6228480000000000000"), w.reviewer2);
        AssistanceApplication back = w.workflow.byId(approved.id()).orElseThrow();
        assertEquals(Stage.APPLIED, back.stage());
        assertNull(back.bankAccount());
        assertThrows(org.medaid.store.StaleRecordException.class, () -> w.workflow.pay(approved.id(), approved.version(), null,
                LocalDate.of(2024, 12, 18), null, w.payer));
        // reviewer2 changed the account this year and may not review the case; reviewer1 may
        DutyException e = assertThrows(DutyException.class, () -> w.workflow.review(back.id(), back.version(),
                LocalDate.of(2024, 12, 13), "刘干部", null, w.reviewer2));
        assertEquals(Rule.CHANGED_PERSON, e.rule());
        assertEquals(Stage.TOWNSHIP_REVIEWED, w.workflow.review(back.id(), back.version(), LocalDate.of(2024, 12, 13), "刘干部",
                null, w.reviewer).stage());
    }

    private static PersonRecord withAccount(PersonRecord p, String account) {
        return new PersonRecord(p.id(), p.version(), p.name(), p.idNumber(), null, null, null, p.township(), p.village(),
                p.householdHeadId(), p.relation(), p.phone(), account, p.insurance(), p.enrolmentYear(), false);
    }
}
