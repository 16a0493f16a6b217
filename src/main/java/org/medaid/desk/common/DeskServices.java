package org.medaid.desk.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.medaid.bills.BillStore;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.desk.BundledSamples;
import org.medaid.desk.common.Memo;
import org.medaid.desk.common.SampleTownships;
import org.medaid.identity.RegionCodes;
import org.medaid.importer.ListImporter;
import org.medaid.ledger.LedgerService;
import org.medaid.model.WorkingDays;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.WorkingCalendar;
import org.medaid.print.PrintService;
import org.medaid.print.SystemPrintService;
import org.medaid.printlog.PrintLog;
import org.medaid.roster.JdbcRoster;
import org.medaid.roster.PremiumList;
import org.medaid.roster.PremiumLists;
import org.medaid.workflow.Procedures;
import org.medaid.roster.Roster;
import org.medaid.store.AuditLog;
import org.medaid.store.Database;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonStore;
import org.medaid.users.AuthService;
import org.medaid.workflow.ApplicationQueries;
import org.medaid.workflow.NoticeCalendar;
import org.medaid.workflow.WorkflowService;

/**
 * The desk's one services record (ADR 0042): everything the view models talk to, made once over the open
 * store by {@link #over}. Every call on these services is made from a background task, never from the FX
 * thread. The policy files are read on first use (a few hundred milliseconds of YAML), not before the
 * roster's first page.
 */
public record DeskServices(
        Database database,
        Path dataFolder,
        String schemaVersion,
        PersonStore people,
        Roster roster,
        AuditLog audit,
        Supplier<PolicyRegistry> policySource,
        RegionCodes regions,
        ListImporter importer,
        Supplier<PremiumList> premiumSource,
        SampleTownships samples,
        BillStore bills,
        LedgerService ledger,
        AuthService auth,
        WorkflowService workflow,
        ApplicationQueries queries,
        PrintLog printLog,
        PrintService printer,
        WorkingDays workingDays,
        Clock clock) {

    /** The services over {@code db} with the system's printers; run on the worker thread. */
    public static DeskServices over(Database db, Clock clock) {
        return over(db, clock, new SystemPrintService());
    }

    /**
     * With another printer (the tests give one that finds no printer). The bundled policies are joined by
     * {@code -Dmedaid.policies}; the county's own figures (设置 › 县级参数, first run) are a layer in the data
     * folder (ADR 0036), read again whenever the layer file changes.
     */
    public static DeskServices over(Database db, Clock clock, PrintService printer) {
        String folder = System.getProperty("medaid.policies");
        Supplier<PolicyRegistry> policies = folder == null ? new org.medaid.backup.CountyRegistrySource(db.folder())
                : Memo.of(() -> PolicyRegistry.withFolder(Path.of(folder)));
        PersonStore people = new JdbcPersonStore(db, clock);
        Calculator calculator = new Calculator(policies);
        BillStore bills = new JdbcBillStore(db, people, calculator, clock);
        LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
        AuthService auth = new AuthService(db, clock);
        // The State Council calendar with the county's own calendar files (ADR 0037); stored notice ends
        // computed with another calendar are brought up to date before any screen reads them.
        WorkingDays days = WorkingCalendar.forDataFolder(db.folder());
        org.medaid.logging.Timing.mark("services: calendar read");
        new NoticeCalendar(db, days, clock).refresh();
        org.medaid.logging.Timing.mark("services: notices refreshed");
        // The application procedure of each case's policy with the county's figures (ADR 0038).
        Procedures procedures = new Procedures(policies);
        WorkflowService workflow = new WorkflowService(db, people, bills, ledger, auth, days, procedures, clock);
        return new DeskServices(db, db.folder(), db.schemaVersion(), people, new JdbcRoster(db), new JdbcAuditLog(db),
                policies, RegionCodes.bundled(), new ListImporter(db, clock),
                new PremiumLists(db, policies), new BundledSamples(), bills, ledger, auth, workflow,
                new ApplicationQueries(db, days, procedures, clock), new PrintLog(db, clock), printer, days, clock);
    }

    /** The 参保台账 over the store (stateless: made on each call). */
    public org.medaid.insurance.InsuranceLedger insurance() {
        return new org.medaid.insurance.InsuranceLedger(database, clock, policySource);
    }

    /** Applications received in writing: checklist, receipt, urgent mark, refusal notice. */
    public org.medaid.intake.Intake intake() {
        return new org.medaid.intake.Intake(database, workflow, people, policySource, clock);
    }

    /** Hand edits of categories held until the next monthly list where the policy says so. */
    public org.medaid.importer.HeldEdits heldEdits() {
        return new org.medaid.importer.HeldEdits(database, clock, policySource);
    }

    /** The premium-subsidy loop (资助参保报送) over the year's subsidy list and the working calendar. */
    public org.medaid.insurance.PremiumSubsidies subsidies() {
        return new org.medaid.insurance.PremiumSubsidies(database, clock, premiumSource, workingDays);
    }

    /** 门诊慢特病 entitlements per person and the 帮办/代办 applications (ADR 0068). */
    public org.medaid.chronic.ChronicEntitlements chronic() {
        return new org.medaid.chronic.ChronicEntitlements(database, people, policySource, clock);
    }

    /** The bill screen's flags: the 参保台账 on the bill's date and the special-outpatient entitlement. */
    public org.medaid.chronic.BillFlags billFlags() {
        return new org.medaid.chronic.BillFlags(insurance(), chronic());
    }

    public org.medaid.importer.ImportLog importLog() {
        return new org.medaid.importer.ImportLog(database);
    }

    /** Reads the policy files the first time; call it from a background task. */
    public PolicyRegistry policies() {
        return policySource.get();
    }

    /** Made with the policies on first use; call it from a background task. */
    public PremiumList premiumList() {
        return premiumSource.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
