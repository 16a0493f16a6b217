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
        Optional<String> appliedNote = a.stageRecord(Stage.APPLIED).map(StageRecord::note).filter(n -> n != null && !n.isBlank());
        if (appliedNote.isPresent()) {
            statement = statement + "。" + appliedNote.get();
        }
        String office = settings.office().isBlank() ? p.township() : settings.office();
        return new ApplicationFormData(office, CaseNumber.of(a.id(), a.appliedOn()), applicant, household,
                new ApplicationFormData.BankAccount(null, p.name(), a.bankAccount()), bills, statement, stages(a, names),
                work.today(), IdDisplay.FULL, a.requestedAmount());
    }

    /** The stages reached so far as the form prints them; one not reached is left blank for the pen. */
    static ApplicationStages stages(AssistanceApplication a, java.util.Map<String, String> names) {
        ApplicationStages.Step applied = step(a, Stage.APPLIED, names);
        ApplicationStages.Review review = a.visitDate() == null ? null
                : new ApplicationStages.Review(step(a, Stage.TOWNSHIP_REVIEWED, names), a.visitDate(), a.visitors());
        ApplicationStages.Publicity publicity = a.publicityStart() == null ? null
                : new ApplicationStages.Publicity(a.publicityStart(), null);
        ApplicationStages.Approval county = a.approvedOn() == null ? null
                : new ApplicationStages.Approval(step(a, Stage.APPROVED, names), a.approvedAmount());
        ApplicationStages.Payout payout = a.payoutDate() == null ? null
                : new ApplicationStages.Payout(step(a, Stage.PAID, names), a.approvedAmount());
        ApplicationStages.Refusal refusal = a.stage() != Stage.REJECTED ? null
                : new ApplicationStages.Refusal(refusedAt(a.rejectedAtStage()), step(a, Stage.REJECTED, names), a.rejectionReason());
        return new ApplicationStages(applied, review, publicity, county, payout, refusal);
    }

    private static ApplicationStages.Step step(AssistanceApplication a, Stage s, java.util.Map<String, String> names) {
        return a.stageRecord(s).map(r -> new ApplicationStages.Step(PersonWriter.SAMPLE_AUTHOR.equals(r.user())
                ? SAMPLE_AUTHOR : names.getOrDefault(r.user(), r.user()), r.on(), r.note()))
                .orElse(new ApplicationStages.Step(null, a.appliedOn(), null));
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
