package org.medaid.desk.screens;

import java.time.Clock;
import java.time.LocalDate;
import org.medaid.bills.BillStore;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.desk.common.DeskServices;
import org.medaid.ledger.LedgerService;
import org.medaid.print.PrintService;
import org.medaid.print.SystemPrintService;
import org.medaid.printlog.PrintLog;
import org.medaid.users.AuthService;
import org.medaid.workflow.ApplicationQueries;
import org.medaid.workflow.Procedures;
import org.medaid.workflow.WorkflowService;
import org.medaid.model.WorkingDays;
import org.medaid.policy.WorkingCalendar;
import org.medaid.workflow.NoticeCalendar;
import org.medaid.store.Database;

/**
 * The services of issue #4 the screens talk to, made once over the open database beside the desk's
 * {@link DeskServices}. Like those, every call is made from a background task, never the FX thread.
 */
public record WorkServices(
        DeskServices desk,
        Database database,
        BillStore bills,
        LedgerService ledger,
        AuthService auth,
        WorkflowService workflow,
        ApplicationQueries queries,
        PrintLog printLog,
        PrintService printer,
        WorkingDays workingDays,
        Clock clock) {

    /**
     * The services over {@code db}, on the desk's clock and the working-day calendar of its data folder. Reads the policy files if the desk has not yet: call it from a background task.
     */
    public static WorkServices over(Database db, DeskServices desk) {
        return over(db, desk, new SystemPrintService());
    }

    /** With another printer (the tests give one that finds no printer). */
    public static WorkServices over(Database db, DeskServices desk, PrintService printer) {
        Clock clock = desk.clock();
        Calculator calculator = new Calculator(desk::policies);
        BillStore bills = new JdbcBillStore(db, desk.people(), calculator, clock);
        LedgerService ledger = new LedgerService(db, desk.people(), bills, calculator, clock);
        AuthService auth = new AuthService(db, clock);
        // The State Council calendar with the county's own calendar files (ADR 0037); stored notice ends
        // computed with another calendar are brought up to date before any screen reads them.
        WorkingDays days = WorkingCalendar.forDataFolder(desk.dataFolder());
        new NoticeCalendar(db, days, clock).refresh();
        // The application procedure of each case's policy with the county's figures (ADR 0038).
        Procedures procedures = new Procedures(desk::policies);
        WorkflowService workflow = new WorkflowService(db, desk.people(), bills, ledger, auth, days, procedures, clock);
        return new WorkServices(desk, db, bills, ledger, auth, workflow, new ApplicationQueries(db, days, procedures, clock),
                new PrintLog(db, clock), printer, days, clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
