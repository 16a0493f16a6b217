package org.medaid.desk.approval;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import org.medaid.desk.ledger.LedgerItem;
import org.medaid.desk.preview.PreviewDialogView;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.AssistanceApplication;

/**
 * The 审批 section: the queues and the case, the step dialogs, the approval form's preview; and the
 * 申请救助 dialog the year ledger opens, after which the new case is shown here.
 */
public final class ApprovalSection {

    private final DeskServices work;
    private final Session session;
    private final TaskExecutor executor;
    private final Texts text;
    private final PrintSettings printSettings;
    private final ApprovalViewModel model;
    private final ApprovalView view;

    public ApprovalSection(DeskServices work, Session session, TaskExecutor executor, Texts text, PrintSettings printSettings) {
        this.work = work;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.printSettings = printSettings;
        this.model = new ApprovalViewModel(work, executor, text, session, printSettings);
        this.view = new ApprovalView(model);
        view.setOnPreview(this::preview);
    }

    private void preview(PrintJob job) {
        Window owner = view.view().getScene() == null ? null : view.view().getScene().getWindow();
        PreviewDialogView.show(owner, job, work.printer(), executor, text, printSettings, () -> Platform.runLater(view::focusCases));
    }

    /**
     * 申请救助 for {@code item}'s bill of {@code person}: the dialog over {@code owner}; once made, {@code made}
     * is told (the desk then shows 审批 with the new case).
     */
    public static void apply(DeskServices work, Session session, TaskExecutor executor, Texts text, Window owner,
            PersonRecord person, LedgerItem item, Consumer<AssistanceApplication> made) {
        apply(work, session, executor, text, owner, person, item, made, () -> { });
    }

    /** As above; {@code cancelled} runs when the clerk closes the dialog without an application (the focus goes back). */
    public static void apply(DeskServices work, Session session, TaskExecutor executor, Texts text, Window owner,
            PersonRecord person, LedgerItem item, Consumer<AssistanceApplication> made, Runnable cancelled) {
        int year = item.bill().settlementDate().getYear();
        executor.submit(BackgroundTask.of("year for application", t -> work.ledger().year(person.id(), year))
                .onSuccess(v -> {
                    ApplyViewModel m = new ApplyViewModel(work.workflow(), executor, text, session, person, v.rows(),
                            item.billId(), work.today());
                    m.setOnApplied(made);
                    m.setOnCancelled(cancelled);
                    ApplyView.show(owner, m);
                }));
    }

    /** Shows {@code a} in its queue. */
    public void show(AssistanceApplication a) {
        model.open(a.id(), a.stage());
    }

    public void shown() {
        model.refresh();
        view.focusCases();
    }

    public ApprovalViewModel model() {
        return model;
    }

    public Node view() {
        return view.view();
    }
}
