package org.medaid.desk.chronic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.chronic.ChronicEntitlements;
import org.medaid.chronic.ChronicException;
import org.medaid.chronic.ChronicTexts;
import org.medaid.chronic.Entitlement;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.policy.SpecialOutpatientRule;
import org.medaid.session.Session;
import org.medaid.store.StaleRecordException;

/**
 * 门诊慢特病资格 of the person on screen (ADR 0068): the entitlements and the applications the desk helps with
 * (帮办/代办, 鲁医保发〔2021〕56号 二(三)), the policy's disease list and clause, and the acts on them — a certificate
 * recorded, an application recorded, then certified or refused, an entry voided; each one transaction.
 */
public final class ChronicViewModel {

    private final Supplier<ChronicEntitlements> service;
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<Session> session;
    private final Supplier<LocalDate> today;
    private final LongProperty personId = new SimpleLongProperty();
    private final ObservableList<Entitlement> entries = FXCollections.observableArrayList();
    private final ObservableList<String> diseases = FXCollections.observableArrayList();
    private final ObjectProperty<Entitlement> selected = new SimpleObjectProperty<>();
    final StringProperty disease = new SimpleStringProperty("");
    final StringProperty certificateNo = new SimpleStringProperty("");
    final StringProperty certifiedBy = new SimpleStringProperty("");
    final StringProperty validFrom = new SimpleStringProperty("");
    final StringProperty validTo = new SimpleStringProperty("");
    final ObjectProperty<Entitlement.Help> help = new SimpleObjectProperty<>(Entitlement.Help.HELPED);
    final StringProperty appliedOn = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();

    public ChronicViewModel(Supplier<ChronicEntitlements> service, TaskExecutor executor, Texts text, Supplier<Session> session,
            Supplier<LocalDate> today) {
        this.service = service;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.today = today;
        personId.addListener((o, a, b) -> load());
        selected.addListener((o, a, b) -> {
            if (b != null) {
                disease.set(b.disease());
            }
        });
    }

    private record Loaded(List<Entitlement> entries, Optional<SpecialOutpatientRule> rule) {
    }

    /** Reads the person's entries and the policy's list again. */
    public void load() {
        long id = personId.get();
        if (id == 0) {
            entries.clear();
            summary.set(text.get("chronic.summary.newPerson"));
            return;
        }
        LocalDate day = today.get();
        executor.submit(BackgroundTask.of("chronic entitlements", t -> new Loaded(service.get().forPerson(id),
                service.get().rule(id, day))).onSuccess(l -> {
                    if (id != personId.get()) {
                        return;
                    }
                    entries.setAll(l.entries());
                    SpecialOutpatientRule r = l.rule().orElse(null);
                    diseases.setAll(r == null ? List.of() : r.diseases());
                    source.set(r == null ? text.get("chronic.source.none")
                            : r.diseases().isEmpty() ? text.format("chronic.source.noList", r.source())
                            : text.format("chronic.source", r.source()));
                    summary.set(summary(l.entries(), day));
                }).onFailure(e -> status.refuse(sentence(e))));
    }

    private String summary(List<Entitlement> l, LocalDate day) {
        List<String> live = l.stream().filter(e -> e.covers(day)).map(e -> e.validTo() == null
                ? text.format("chronic.summary.open", e.disease()) : text.format("chronic.summary.until", e.disease(),
                        Formats.date(e.validTo()))).toList();
        long pending = l.stream().filter(e -> e.state() == Entitlement.State.APPLIED).count();
        String s = live.isEmpty() ? text.get("chronic.summary.none") : String.join("；", live);
        return pending == 0 ? s : s + text.format("chronic.summary.pending", pending);
    }

    /** Records a certificate; with an application chosen (认定中), records it as that application's outcome. */
    public void certify() {
        Optional<LocalDate> from = Formats.parseDate(validFrom.get());
        Optional<LocalDate> to = Formats.parseDate(validTo.get());
        if (from.isEmpty() && !validFrom.get().isBlank() || to.isEmpty() && !validTo.get().isBlank()) {
            status.refuse(text.get("chronic.badDate"));
            return;
        }
        long id = personId.get();
        Entitlement app = selected.get() != null && selected.get().state() == Entitlement.State.APPLIED ? selected.get() : null;
        String d = disease.get();
        String n = certificateNo.get();
        String by = certifiedBy.get();
        run("certify", () -> app == null
                ? service.get().certificate(id, d, n, from.orElse(null), to.orElse(null), by, session.get())
                : service.get().certify(app.id(), app.version(), n, from.orElse(null), to.orElse(null), by, session.get()),
                e -> text.format("chronic.certified", e.disease(), e.certificateNo()));
    }

    /** Records an application the desk helps with (帮办) or makes (代办). */
    public void apply() {
        Optional<LocalDate> on = Formats.parseDate(appliedOn.get());
        if (on.isEmpty() && !appliedOn.get().isBlank()) {
            status.refuse(text.get("chronic.badDate"));
            return;
        }
        long id = personId.get();
        String d = disease.get();
        Entitlement.Help h = help.get();
        run("chronic apply", () -> service.get().application(id, d, h, on.orElse(null), session.get()),
                e -> text.format("chronic.applied", e.disease(), ChronicTexts.help(e.help(), text.locale())));
    }

    /** The chosen application was not certified: the reason, on the day typed as 申请日期/认定日期 or today. */
    public void refuse() {
        Entitlement e = selected.get();
        if (e == null) {
            status.refuse(text.get("chronic.choose"));
            return;
        }
        LocalDate on = Formats.parseDate(validFrom.get()).orElse(today.get());
        String why = reason.get();
        run("chronic refuse", () -> service.get().refuse(e.id(), e.version(), on, why, session.get()),
                r -> text.format("chronic.refused", r.disease()));
    }

    /** Voids the chosen entry, with the reason. */
    public void voidSelected() {
        Entitlement e = selected.get();
        if (e == null) {
            status.refuse(text.get("chronic.choose"));
            return;
        }
        String why = reason.get();
        run("chronic void", () -> service.get().voidEntry(e.id(), e.version(), why, session.get()),
                r -> text.format("chronic.voided", r.disease()));
    }

    private void run(String name, Supplier<Entitlement> act, java.util.function.Function<Entitlement, String> done) {
        if (personId.get() == 0) {
            status.refuse(text.get("chronic.summary.newPerson"));
            return;
        }
        status.submit(executor, BackgroundTask.of(name, t -> act.get()).onSuccess(e -> {
            status.say(done.apply(e));
            certificateNo.set("");
            reason.set("");
            load();
        }).onFailure(e -> status.refuse(sentence(e))));
    }

    private String sentence(Throwable e) {
        if (e instanceof ChronicException c) {
            return ChronicTexts.problem(c, text.locale());
        }
        if (e instanceof StaleRecordException) {
            return text.get("chronic.stale");
        }
        return text.format("chronic.failed", e.getMessage());
    }

    public String stateText(Entitlement e) {
        return ChronicTexts.state(e.state(), text.locale());
    }

    public String helpText(Entitlement.Help h) {
        return ChronicTexts.help(h, text.locale());
    }

    public String datesText(Entitlement e) {
        if (e.state() == Entitlement.State.CERTIFIED || e.validFrom() != null) {
            return Formats.date(e.validFrom()) + " — " + (e.validTo() == null ? text.get("chronic.open") : Formats.date(e.validTo()));
        }
        return e.appliedOn() == null ? "" : text.format("chronic.appliedOn", Formats.date(e.appliedOn()));
    }

    public String outcomeText(Entitlement e) {
        return switch (e.state()) {
            case CERTIFIED -> e.certificateNo() + "（" + e.certifiedBy() + "）";
            case REFUSED -> Formats.date(e.decidedOn()) + " " + e.note();
            case VOIDED -> e.note();
            case APPLIED -> "";
        };
    }

    public LongProperty personIdProperty() {
        return personId;
    }

    public ObservableList<Entitlement> entries() {
        return entries;
    }

    public ObservableList<String> diseases() {
        return diseases;
    }

    public ObjectProperty<Entitlement> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    /** The sentence of the last action (recorded, or why not). */
    public ScreenStatus status() {
        return status;
    }

    public Texts text() {
        return text;
    }
}
