package org.medaid.desk.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.workflow.CaseNumber;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.model.Labels;
import org.medaid.print.ApplicationFormData;
import org.medaid.print.ApplicationStages;
import org.medaid.print.IdDisplay;
import org.medaid.print.PrintDocument;
import org.medaid.model.WorkingDays;
import org.medaid.printlog.PrintKind;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonWriter;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Texts;
import org.medaid.workflow.ApplicationBill;
import org.medaid.workflow.ApplicationFigures;
import org.medaid.workflow.FiguresChange;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.HouseholdMember;
import org.medaid.workflow.Stage;
import org.medaid.workflow.StageRecord;

/**
 * The 医疗救助申请审批表 of a case as a {@link PrintJob}: the workflow's application read again when it is
 * rendered (so the form shows every stage reached so far, who and when) and turned into the print
 * package's form data; logged with the application's version. A thin adapter between the two packages.
 */
final class FormJobs {

    /** Who the printed form names for a step of the sample township (forms are printed in Chinese). */
    private static final String SAMPLE_AUTHOR = Texts.load(DeskSettings.CHINESE).get("author.sample");

    private FormJobs() {
    }

    static PrintJob form(DeskServices work, Session session, PrintSettings settings, long applicationId, String title) {
        return new PrintJob(title, false, false, (paper, ids) -> {
            AssistanceApplication a = work.workflow().byId(applicationId).orElseThrow();
            PersonRecord p = work.people().byId(a.personId()).orElseThrow();
            return new PrintJob.Rendered(PrintDocument.applicationForm(data(work, settings, a, p), work.workingDays()),
                    work.printLog().isReprint(PrintKind.APPLICATION_FORM, a.id(), a.version()));
        }, (doc, outcome) -> {
            AssistanceApplication a = work.workflow().byId(applicationId).orElseThrow();
            work.printLog().record(PrintKind.APPLICATION_FORM, a.id(), a.version(), session.login(), outcome.status().name());
        });
    }

    static ApplicationFormData data(DeskServices work, PrintSettings settings, AssistanceApplication a, PersonRecord p) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        work.auth().users().forEach(u -> names.put(u.login(), u.displayName()));
        String categories = work.people().categories(p.id()).stream().filter(c -> !c.voided() && c.to() == null)
                .map(CategoryRecord::code).map(Labels::of).distinct().collect(Collectors.joining("、"));
        String address = (p.township() == null ? "" : p.township()) + (p.village() == null ? "" : p.village());
        var applicant = new ApplicationFormData.Applicant(p.name(), p.sex() == null ? null : Labels.of(p.sex()), p.idNumber(),
                p.phone(), address.isBlank() ? null : address, categories.isBlank() ? null : categories,
                p.insurance() == null ? null : Labels.of(p.insurance()));
        List<ApplicationFormData.Member> household = new ArrayList<>();
        for (HouseholdMember m : a.household()) {
            household.add(new ApplicationFormData.Member(m.name(), m.relation(), m.idNumber(), null));
        }
        List<ApplicationFormData.FormBill> bills = new ArrayList<>();
        for (ApplicationBill b : a.bills()) {
            bills.add(new ApplicationFormData.FormBill(b.hospitalName(), null, b.settlementDate(), b.total(), b.compliant(),
                    b.basic(), b.criticalIllness(), b.assistance().add(b.reAssistance()), b.selfPay()));
        }
        String statement = a.grounds().stream().map(g -> AssistanceApplication.groundLabel(g, Labels.locale()))
                .collect(Collectors.joining("；"));
        Optional<String> appliedNote = received(a).map(StageRecord::note).filter(n -> n != null && !n.isBlank());
        if (appliedNote.isPresent()) {
            statement = statement + "。" + appliedNote.get();
        }
        String office = settings.office().isBlank() ? p.township() : settings.office();
        return new ApplicationFormData(office, CaseNumber.of(a.id(), a.appliedOn()), applicant, household,
                new ApplicationFormData.BankAccount(null, p.name(), a.bankAccount()), bills, statement, stages(a, names),
                work.today(), IdDisplay.FULL, a.requestedAmount(), grant(work, a));
    }

    /** The clause the granted amount is computed by (邵医保发〔2021〕32号 三(八), POLICY-NOTES §7.3; ADR 0056). */
    static final String GRANT_CLAUSE = "邵医保发〔2021〕32号 三(八)";

    /**
     * The policy's figure for the form (ADR 0056): the one stored at approval, or, while the county has still to decide,
     * the calculator's figure on the day of printing; and the approval the case lost when it was last sent back (ADR 0064).
     */
    static ApplicationFormData.Grant grant(DeskServices work, AssistanceApplication a) {
        java.math.BigDecimal computed = a.computedAmount();
        boolean atApproval = computed != null;
        if (computed == null && a.approvedAmount() == null && a.stage().open()) {
            try {
                computed = work.workflow().grant(a.id()).computed();
            } catch (RuntimeException notComputed) {
                computed = null; // the form prints without it; the approval screen says what is wrong
            }
        }
        if (computed != null && computed.signum() == 0) {
            computed = null; // no figure by 三(八) (another track or policy): the approved amount stands with its reason
        }
        ApplicationFormData.Returned returned = new ApplicationFigures(work.database(), work.people(), work.bills(),
                work.ledger(), work.clock()).changes(a.id()).stream().map(FiguresChange::granted).filter(g -> g != null)
                .reduce((x, y) -> y).map(g -> new ApplicationFormData.Returned(g.on(), g.amount(), g.computed(), g.reason()))
                .orElse(null);
        return computed == null && returned == null ? null
                : new ApplicationFormData.Grant(computed, atApproval, GRANT_CLAUSE, returned);
    }

    /** The stages reached so far as the form prints them; one not reached is left blank for the pen. */
    static ApplicationStages stages(AssistanceApplication a, java.util.Map<String, String> names) {
        // the acceptance is the first 申请 record: a case sent back to 乡镇审核 adds another one, which is not a new receipt
        ApplicationStages.Step applied = received(a).map(r -> step(r, names))
                .orElse(new ApplicationStages.Step(null, a.appliedOn(), null));
        ApplicationStages.Review review = a.visitDate() == null ? null
                : new ApplicationStages.Review(step(a, Stage.TOWNSHIP_REVIEWED, names), a.visitDate(), a.visitors());
        ApplicationStages.Publicity publicity = a.publicityStart() == null ? null
                : new ApplicationStages.Publicity(a.publicityStart(), null);
        ApplicationStages.Approval county = a.approvedOn() == null ? null
                : new ApplicationStages.Approval(step(a, Stage.APPROVED, names), a.approvedAmount(), a.grantReason());
        ApplicationStages.Payout payout = a.payoutDate() == null ? null
                : new ApplicationStages.Payout(step(a, Stage.PAID, names), a.approvedAmount());
        ApplicationStages.Refusal refusal = a.stage() != Stage.REJECTED ? null
                : new ApplicationStages.Refusal(refusedAt(a.rejectedAtStage()), step(a, Stage.REJECTED, names), a.rejectionReason());
        return new ApplicationStages(applied, review, publicity, county, payout, refusal);
    }

    private static ApplicationStages.Step step(AssistanceApplication a, Stage s, java.util.Map<String, String> names) {
        return a.stageRecord(s).map(r -> step(r, names)).orElse(new ApplicationStages.Step(null, a.appliedOn(), null));
    }

    private static ApplicationStages.Step step(StageRecord r, java.util.Map<String, String> names) {
        return new ApplicationStages.Step(PersonWriter.SAMPLE_AUTHOR.equals(r.user())
                ? SAMPLE_AUTHOR : names.getOrDefault(r.user(), r.user()), r.on(), r.note());
    }

    /** The record of the application's receipt (its first 申请 stage). */
    private static Optional<StageRecord> received(AssistanceApplication a) {
        return a.history().stream().filter(r -> r.stage() == Stage.APPLIED).findFirst();
    }

    /** A case refused while at a stage was refused at the step it waited for (ADR 0024). */
    private static ApplicationStages.Stage refusedAt(Stage at) {
        if (at == null) {
            return ApplicationStages.Stage.TOWNSHIP_REVIEW;
        }
        return switch (at) {
            case APPLIED -> ApplicationStages.Stage.TOWNSHIP_REVIEW;
            case TOWNSHIP_REVIEWED -> ApplicationStages.Stage.PUBLICITY;
            default -> ApplicationStages.Stage.COUNTY_APPROVAL;
        };
    }
}
