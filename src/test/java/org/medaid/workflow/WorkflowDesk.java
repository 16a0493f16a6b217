package org.medaid.workflow;

import org.medaid.model.WorkingDays;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.medaid.backup.CountyFigure;
import org.medaid.backup.CountyFigures;
import org.medaid.backup.CountyRegistrySource;
import java.time.LocalDate;
import org.medaid.bills.BillDraft;
import org.medaid.bills.StoredBill;
import org.medaid.bills.TestDesk;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.users.AuthService;
import java.util.EnumSet;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.users.User;

/**
 * A desk with users for the workflow tests: clerk1 (enters), reviewer1 and reviewer2, and a 邵阳 低保边缘
 * person whose bill goes by application (邵医保发〔2021〕32号 三(八)). Today is Friday 2024-12-20.
 */
final class WorkflowDesk implements AutoCloseable {

    final TestDesk desk;
    final AuthService auth;
    final LedgerService ledger;
    final WorkflowService workflow;
    final ApplicationQueries queries;
    final Procedures procedures;
    final Session admin;
    final Session clerk;
    final Session reviewer;
    final Session reviewer2;
    /** 县级审批人 (ADR 0034). */
    final Session approver;
    /** 拨付经办人. */
    final Session payer;

    /**
     * A desk whose county posts a notice of 5 working days before approval (the county setting of POLICY-NOTES
     * §8): the tests of the 公示 step.
     */
    WorkflowDesk(Path dir) {
        this(dir, 5);
    }

    /** A desk whose county posts a notice of {@code noticeDays} before approval (0: none, the default). */
    WorkflowDesk(Path dir, int noticeDays) {
        desk = new TestDesk(dir);
        auth = new AuthService(desk.db, desk.clock);
        ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
        Path county = dir.resolve("county");
        CountyFigures layer = new CountyFigures(county);
        if (noticeDays > 0) {
            layer.set(new CountyFigure("shaoyang-2021", "procedure.preApprovalNotice.days", java.math.BigDecimal.valueOf(noticeDays),
                    "管理员 admin", OffsetDateTime.parse("2024-12-01T08:00:00+08:00"), "县医保局通知"));
        }
        procedures = new Procedures(new CountyRegistrySource(county));
        workflow = new WorkflowService(desk.db, desk.people, desk.bills, ledger, auth, WorkingDays.WEEKENDS_ONLY, procedures,
                desk.clock);
        queries = new ApplicationQueries(desk.db, WorkingDays.WEEKENDS_ONLY, procedures, desk.clock);
        admin = session(auth.createFirstAdministrator("admin", "管理员", "admin-pass-1".toCharArray()));
        clerk = session(auth.createUser(admin, "clerk1", "张经办", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray()));
        reviewer = session(auth.createUser(admin, "reviewer1", "李审核", EnumSet.of(Role.TOWNSHIP_REVIEWER),
                "review-pass-1".toCharArray()));
        reviewer2 = session(auth.createUser(admin, "reviewer2", "王审核", EnumSet.of(Role.CLERK, Role.TOWNSHIP_REVIEWER,
                Role.COUNTY_APPROVER), "review-pass-2".toCharArray()));
        approver = session(auth.createUser(admin, "approver1", "赵审批", EnumSet.of(Role.COUNTY_APPROVER),
                "approve-pass-1".toCharArray()));
        payer = session(auth.createUser(admin, "payer1", "钱拨付", EnumSet.of(Role.PAYOUT_CLERK), "payout-pass-1".toCharArray()));
    }

    static Session session(User u) {
        return TestSessions.of(u.id(), u.login(), u.roles());
    }

    PersonRecord marginal(String name, String village) {
        return desk.person(name, TestDesk.SHAOYANG, village, Category.MARGINAL);
    }

    /**
     * A stay discharged on {@code discharged}: compliant 28,000, basic 15,000 → assistance by application
     * (6,000 deductible, 50%) would pay 3,500 once approved (POLICY-NOTES §7.3); until then the person bears 15,000.
     */
    StoredBill bill(PersonRecord p, LocalDate discharged, Session enteredBy) {
        BillDraft d = TestDesk.stay(p.id(), discharged, "30000.00", "2000.00", "15000.00", "0.00");
        return desk.bills.add(d, enteredBy);
    }

    /** A case paid in full, with the person and the bill it was for. */
    record PaidCase(PersonRecord person, StoredBill bill, AssistanceApplication paid) {
    }

    /**
     * 张三 of 石门村 (低保边缘), applying on 2024-11-04 for 3,000.00 for a stay discharged five days before; reviewed by
     * {@code reviewers} two days later, publicised the day after, approved on 11-14 and paid on 11-18: 3,500.00 paid.
     */
    PaidCase paidCase(String reviewers) {
        PersonRecord p = marginal("张三", "石门村");
        LocalDate applied = LocalDate.of(2024, 11, 4);
        StoredBill b = bill(p, applied.minusDays(5), clerk);
        AssistanceApplication a = apply(p, b, applied, "3000.00", clerk);
        a = workflow.review(a.id(), a.version(), applied.plusDays(2), reviewers, null, reviewer);
        a = workflow.publicise(a.id(), a.version(), applied.plusDays(3), null, reviewer);
        a = workflow.approve(a.id(), a.version(), null, LocalDate.of(2024, 11, 14), null, approver);
        return new PaidCase(p, b, workflow.pay(a.id(), a.version(), null, LocalDate.of(2024, 11, 18), null, payer));
    }

    AssistanceApplication apply(PersonRecord p, StoredBill bill, LocalDate on, String amount, Session by) {
        return workflow.apply(new ApplicationRequest(p.id(), java.util.List.of(bill.id()), on,
                new java.math.BigDecimal(amount), null, null, "村委会转交"), by);
    }

    @Override
    public void close() {
        desk.close();
    }
}
