package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.session.Session;
import org.medaid.workflow.ApplicationQueries;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.CaseNumber;
import org.medaid.workflow.Objection;
import org.medaid.workflow.Objections;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;

/**
 * 公示异议: the cases under a notice before approval, each with its objections; the township records an
 * objection (who, when, what), which holds the case; the county decides it with the check made (upheld: the
 * case ends as 不予救助; dismissed: approval may go on). Paid cases on the village notice take objections too;
 * upheld, the amount to recover (应退回, blank = the amount paid) is recorded (ADR 0073). Each act is one
 * transaction of the workflow, audited.
 */
public final class ObjectionsViewModel {

    private final Objections objections;
    private final ApplicationQueries queries;
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<Session> session;
    private final ObservableList<Objections.Held> cases = FXCollections.observableArrayList();
    private final ObservableList<Objection> ofCase = FXCollections.observableArrayList();
    private final ObjectProperty<Objections.Held> selectedCase = new SimpleObjectProperty<>();
    private final ObjectProperty<Objection> selectedObjection = new SimpleObjectProperty<>();
    final StringProperty raisedBy = new SimpleStringProperty("");
    final StringProperty raisedOn = new SimpleStringProperty("");
    final StringProperty content = new SimpleStringProperty("");
    final ObjectProperty<Objection.Outcome> outcome = new SimpleObjectProperty<>();
    final StringProperty check = new SimpleStringProperty("");
    final StringProperty resolvedOn = new SimpleStringProperty("");
    final StringProperty recover = new SimpleStringProperty("");
    final StringProperty amountReason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ObjectionsViewModel(Objections objections, ApplicationQueries queries, TaskExecutor executor, Texts text,
            Supplier<Session> session, LocalDate today) {
        this.objections = objections;
        this.queries = queries;
        this.executor = executor;
        this.text = text;
        this.session = session;
        raisedOn.set(Formats.date(today));
        resolvedOn.set(Formats.date(today));
        selectedCase.addListener((o, a, b) -> ofCase.setAll(b == null ? List.of() : b.objections()));
    }

    public void load() {
        Long keep = selectedCase.get() == null ? null : selectedCase.get().application().id();
        busy.set(true);
        executor.submit(BackgroundTask.of("objections", t -> objections.onNotices(queries))
                .onSuccess(l -> {
                    cases.setAll(l);
                    message.set(l.isEmpty() ? text.get("objection.noCases") : message.get());
                    if (keep != null) {
                        l.stream().filter(h -> h.application().id() == keep).findFirst().ifPresent(h -> {
                            selectedCase.set(h);
                            ofCase.setAll(h.objections());
                        });
                    }
                })
                .onFailure(e -> message.set(error(e)))
                .onFinally(() -> busy.set(false)));
    }

    /** Records the objection against the chosen case. */
    public void record() {
        Objections.Held h = selectedCase.get();
        if (h == null) {
            message.set(text.get("objection.chooseCase"));
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(raisedOn.get());
        if (on.isEmpty()) {
            message.set(text.get("objection.badDate"));
            return;
        }
        String who = raisedBy.get();
        String what = content.get();
        executor.submit(BackgroundTask.of("record objection", t -> objections.record(h.application().id(), who, on.get(), what,
                session.get())).onSuccess(o -> {
                    message.set(text.format("objection.recorded", h.name()));
                    raisedBy.set("");
                    content.set("");
                    load();
                }).onFailure(e -> message.set(error(e))));
    }

    /** Decides the chosen objection with the check made. */
    public void resolve() {
        Objections.Held h = selectedCase.get();
        Objection o = selectedObjection.get();
        if (h == null || o == null) {
            message.set(text.get("objection.chooseObjection"));
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(resolvedOn.get());
        if (on.isEmpty()) {
            message.set(text.get("objection.badDate"));
            return;
        }
        Objection.Outcome out = outcome.get();
        String c = check.get();
        BigDecimal amount;
        try {
            amount = recover.get() == null || recover.get().isBlank() ? null : new BigDecimal(recover.get().strip());
        } catch (NumberFormatException e) {
            message.set(text.get("objection.badAmount"));
            return;
        }
        String why = amountReason.get();
        boolean paid = h.application().stage() == Stage.PAID;
        executor.submit(BackgroundTask.of("decide objection", t -> objections.resolve(o.id(), h.application().version(), out, c,
                amount, why, on.get(), session.get())).onSuccess(r -> {
                    message.set(text.format((paid ? "objection.decidedPaid." : "objection.decided.") + r.outcome().name(),
                            h.name()));
                    check.set("");
                    recover.set("");
                    amountReason.set("");
                    load();
                }).onFailure(e -> message.set(error(e))));
    }

    private String error(Throwable e) {
        return e instanceof WorkflowException w ? w.message(text.locale()) : e.getMessage();
    }

    public String caseNumber(Objections.Held h) {
        return CaseNumber.of(h.application().id(), h.application().appliedOn());
    }

    public String state(Objections.Held h) {
        long open = h.objections().stream().filter(Objection::open).count();
        if (h.application().stage() == Stage.PAID) {
            return open > 0 ? text.format("objection.paidOpen", open) : h.recoveries().isEmpty()
                    ? text.get(h.objections().isEmpty() ? "objection.none" : "objection.allDecided")
                    : text.format("objection.recovery", Formats.money(h.due()));
        }
        return open > 0 ? text.format("objection.held", open) : h.objections().isEmpty() ? text.get("objection.none")
                : text.get("objection.allDecided");
    }

    /** The notice: its days for a case at 公示, the payout for a paid case on the village notice. */
    public String notice(Objections.Held h) {
        AssistanceApplication a = h.application();
        return a.stage() == Stage.PAID ? text.format("objection.paid", Formats.date(a.payoutDate()), Formats.money(a.approvedAmount()))
                : text.format("objection.noticeDays", Formats.date(a.publicityStart()), Formats.date(a.publicityEnd()));
    }

    public String outcomeText(Objection o) {
        return o.open() ? text.get("objection.open") : text.get("objection.outcome." + o.outcome().name()) + "（" + o.checkMade()
                + "，" + o.resolvedBy() + " " + Formats.date(o.resolvedOn()) + "）";
    }

    public String outcomeName(Objection.Outcome o) {
        return text.get("objection.outcome." + o.name());
    }

    public ObservableList<Objections.Held> cases() {
        return cases;
    }

    public ObservableList<Objection> ofCase() {
        return ofCase;
    }

    public ObjectProperty<Objections.Held> selectedCaseProperty() {
        return selectedCase;
    }

    public ObjectProperty<Objection> selectedObjectionProperty() {
        return selectedObjection;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Texts text() {
        return text;
    }
}
