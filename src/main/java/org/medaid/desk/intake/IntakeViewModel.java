package org.medaid.desk.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.intake.Intake;
import org.medaid.intake.IntakeCase;
import org.medaid.intake.IntakeException;
import org.medaid.intake.IntakeRecord;
import org.medaid.intake.IntakeTexts;
import org.medaid.policy.IntakeType;
import org.medaid.print.PrintDocument;
import org.medaid.printlog.PrintKind;
import org.medaid.session.Session;
import org.medaid.store.StaleRecordException;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;

/**
 * 申请受理 (邵医保发〔2021〕32号 三(八)): the applications with how each was received — the policy's documents ticked off
 * (the rest printed as 待补), the urgent mark 「突发性重特大疾病…应特事特办、及时审核」 with its reason, the 受理回执 with
 * the acceptance date from which the township's working days run, and for a refused case the 不予医疗救助告知书 and
 * the day and way the applicant was told 「要书面说明理由，并通知申请人」. Each act is one transaction of {@link Intake}.
 */
public final class IntakeViewModel {

    /** What the form shows of the chosen case: the application, its policy's types and what was recorded. */
    public record Detail(AssistanceApplication application, List<IntakeType> types, IntakeRecord record) {
    }

    private final DeskServices services;
    private final Intake intake;
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<Session> session;
    private final Supplier<String> office;
    private final Consumer<PrintJob> preview;
    private final ObservableList<IntakeCase> cases = FXCollections.observableArrayList();
    private final ObservableList<IntakeType> types = FXCollections.observableArrayList();
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObjectProperty<IntakeCase> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();
    final ObjectProperty<IntakeType> type = new SimpleObjectProperty<>();
    final BooleanProperty urgent = new SimpleBooleanProperty();
    final StringProperty urgentReason = new SimpleStringProperty("");
    final StringProperty toldOn = new SimpleStringProperty("");
    final StringProperty toldHow = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ReportState state;
    /** The list as read last (null before the first read): what the XLSX export writes. */
    private final ObjectProperty<List<IntakeCase>> loaded = new SimpleObjectProperty<>();
    private final BooleanBinding refused = Bindings.createBooleanBinding(
            () -> detail.get() != null && detail.get().application().stage() == Stage.REJECTED, detail);

    public IntakeViewModel(DeskServices services, TaskExecutor executor, Texts text, Supplier<Session> session,
            Supplier<String> office, Consumer<PrintJob> preview) {
        this.services = services;
        this.intake = services.intake();
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.office = office;
        this.state = new ReportState(executor, text, office, services::today);
        this.preview = preview;
        toldOn.set(Formats.date(services.today()));
        selected.addListener((o, a, b) -> open(b));
        type.addListener((o, a, b) -> documents(b, detail.get() == null ? null : detail.get().record()));
    }

    /** Reads the list again, keeping the chosen case. */
    public void load() {
        Long keep = selected.get() == null ? null : selected.get().applicationId();
        state.run("intake cases", t -> intake.cases(services.queries()), l -> {
            cases.setAll(l);
            loaded.set(List.copyOf(l));
            if (l.isEmpty()) {
                state.say(text.get("intake.noCases"));
            }
            if (keep != null) {
                l.stream().filter(c -> c.applicationId() == keep).findFirst().ifPresent(selected::set);
            }
        }, e -> state.say(sentence(e)));
    }

    private void open(IntakeCase c) {
        if (c == null) {
            detail.set(null);
            return;
        }
        executor.submit(BackgroundTask.of("intake case", t -> {
            AssistanceApplication a = services.workflow().byId(c.applicationId()).orElseThrow();
            return new Detail(a, intake.types(a), intake.of(a.id()).orElse(null));
        }).onSuccess(this::show).onFailure(e -> state.say(sentence(e))));
    }

    private void show(Detail d) {
        if (selected.get() == null || selected.get().applicationId() != d.application().id()) {
            return;
        }
        detail.set(d);
        IntakeRecord r = d.record();
        types.setAll(d.types());
        IntakeType chosen = r == null || r.typeId() == null ? (d.types().size() == 1 ? d.types().get(0) : null)
                : d.types().stream().filter(t -> t.id().equals(r.typeId())).findFirst().orElse(null);
        if (type.get() == chosen) {
            documents(chosen, r);
        }
        type.set(chosen);
        urgent.set(r != null && r.urgent());
        urgentReason.set(r == null || r.urgentReason() == null ? "" : r.urgentReason());
        toldHow.set(r == null || r.toldHow() == null ? "" : r.toldHow());
        toldOn.set(r == null || r.toldOn() == null ? Formats.date(services.today()) : Formats.date(r.toldOn()));
        AssistanceApplication a = d.application();
        String due = a.visitDue() == null ? text.get("intake.dueNone") : Formats.date(a.visitDue());
        String line = text.format("intake.facts", a.caseNumber(), Formats.date(a.appliedOn()), due);
        if (a.stage() == Stage.REJECTED) {
            line = line + "　" + text.format("intake.refusedOn", Formats.date(a.rejectedOn()), a.rejectionReason());
        }
        facts.set(line);
        source.set(d.types().isEmpty() ? text.get("intake.noTypes") : text.format("intake.source", chosen == null
                ? d.types().get(0).source() : chosen.source()));
        state.say(r == null ? text.get("intake.notYet") : text.format("intake.recordedBy", r.updatedBy()));
    }

    private void documents(IntakeType t, IntakeRecord r) {
        documents.setAll(t == null ? List.of() : t.documents().stream()
                .map(d -> new DocumentItem(d, r != null && t.id().equals(r.typeId()) && r.received().contains(d))).toList());
    }

    /** Records the type, the documents received and the urgent mark. */
    public void save() {
        Detail d = detail.get();
        if (d == null) {
            state.say(text.get("intake.chooseCase"));
            return;
        }
        long id = d.application().id();
        String typeId = type.get() == null ? null : type.get().id();
        List<String> got = documents.stream().filter(DocumentItem::received).map(DocumentItem::name).toList();
        boolean mark = urgent.get();
        String reason = urgentReason.get();
        long version = d.record() == null ? 0 : d.record().version();
        executor.submit(BackgroundTask.of("intake receive", t -> intake.receive(id, typeId, got, mark, reason, version,
                session.get())).onSuccess(r -> {
                    state.say(r.missing().isEmpty() ? text.format("intake.saved", d.application().caseNumber())
                            : text.format("intake.savedMissing", d.application().caseNumber(), r.missing().size()));
                    load();
                    open(selected.get());
                }).onFailure(e -> state.say(sentence(e))));
    }

    /** Records the day and the way the applicant was told of the refusal. */
    public void told() {
        Detail d = detail.get();
        if (d == null || d.application().stage() != Stage.REJECTED) {
            state.say(text.get("intake.notRefused"));
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(toldOn.get());
        if (on.isEmpty()) {
            state.say(text.get("intake.badDate"));
            return;
        }
        long id = d.application().id();
        String how = toldHow.get();
        long version = d.record() == null ? 0 : d.record().version();
        executor.submit(BackgroundTask.of("intake told", t -> intake.told(id, on.get(), how, version, session.get()))
                .onSuccess(r -> {
                    state.say(text.format("intake.toldSaved", d.application().caseNumber(), Formats.date(r.toldOn())));
                    load();
                    open(selected.get());
                }).onFailure(e -> state.say(sentence(e))));
    }

    /** The 受理回执 of the chosen case, as it stands in the store when rendered. */
    public Optional<PrintJob> receiptJob() {
        Detail d = detail.get();
        if (d == null) {
            state.say(text.get("intake.chooseCase"));
            return Optional.empty();
        }
        long id = d.application().id();
        String clerk = session.get().displayName();
        String title = text.format("intake.receiptTitle", d.application().caseNumber());
        return Optional.of(new PrintJob(title, true, false, (paper, ids) -> new PrintJob.Rendered(
                PrintDocument.intakeReceipt(intake.receipt(id, office.get(), clerk), paper),
                services.printLog().isReprint(PrintKind.INTAKE_RECEIPT, id, version(id))),
                (doc, outcome) -> services.printLog().record(PrintKind.INTAKE_RECEIPT, id, version(id), session.get().login(),
                        outcome.status().name())));
    }

    /** The 不予医疗救助告知书 of the chosen refused case. */
    public Optional<PrintJob> refusalJob() {
        Detail d = detail.get();
        if (d == null || d.application().stage() != Stage.REJECTED) {
            state.say(text.get("intake.notRefused"));
            return Optional.empty();
        }
        long id = d.application().id();
        String title = text.format("intake.refusalTitle", d.application().caseNumber());
        return Optional.of(new PrintJob(title, true, false, (paper, ids) -> new PrintJob.Rendered(
                PrintDocument.refusalNotice(intake.refusalNotice(id, office.get()), paper),
                services.printLog().isReprint(PrintKind.REFUSAL_NOTICE, id, version(id))),
                (doc, outcome) -> services.printLog().record(PrintKind.REFUSAL_NOTICE, id, version(id), session.get().login(),
                        outcome.status().name())));
    }

    public void printReceipt() {
        receiptJob().ifPresent(preview);
    }

    public void printRefusal() {
        refusalJob().ifPresent(preview);
    }

    private long version(long id) {
        return intake.of(id).map(IntakeRecord::version).orElse(0L);
    }

    private String sentence(Throwable e) {
        if (e instanceof IntakeException ie) {
            return IntakeTexts.problem(ie, text.locale());
        }
        if (e instanceof StaleRecordException) {
            return text.get("intake.stale");
        }
        return text.format("intake.failed", e.getMessage());
    }

    /** 急 for an urgent case; the list's column. */
    public String urgentText(IntakeCase c) {
        return c.urgent() ? text.get("intake.urgentMark") : "";
    }

    /** What the intake recorded: 未登记, 材料齐全, 待补 n 项; for a refused case, whether the applicant was told. */
    public String stateText(IntakeCase c) {
        IntakeRecord r = c.intake();
        String docs = r == null || r.typeId() == null ? text.get("intake.state.none")
                : r.missing().isEmpty() ? text.get("intake.state.complete") : text.format("intake.state.missing", r.missing().size());
        if (c.stage() != Stage.REJECTED) {
            return docs;
        }
        return docs + "；" + (r == null || r.toldOn() == null ? text.get("intake.state.notTold")
                : text.format("intake.state.told", Formats.date(r.toldOn())));
    }

    public String stageText(IntakeCase c) {
        return c.stage().label(text.locale());
    }

    public String dueText(IntakeCase c) {
        if (c.due() == null) {
            return "";
        }
        return c.overdue() ? text.format("intake.overdue", Formats.date(c.due())) : Formats.date(c.due());
    }

    /**
     * The list as the screen shows it, one row a case: the urgent mark, the case number as text, the dates as dates, and
     * whether the township's 10 working days are over (邵医保发〔2021〕32号 三(八)); the filter and source lines above.
     */
    DataTable table(List<IntakeCase> all) {
        List<String> filter = new ArrayList<>(List.of(text.get("intake.export.filter")));
        filter.addAll(List.of(state.source()));
        DataTable t = new DataTable(listTitle(), filter, List.of(Column.of(text.get("intake.col.urgent"), ColumnType.TEXT),
                Column.of(text.get("intake.col.case"), ColumnType.CODE), Column.of(text.get("intake.col.name"), ColumnType.TEXT),
                Column.of(text.get("intake.col.village"), ColumnType.TEXT), Column.of(text.get("intake.col.stage"), ColumnType.TEXT),
                Column.of(text.get("intake.col.applied"), ColumnType.DATE), Column.of(text.get("intake.col.due"), ColumnType.DATE),
                Column.of(text.get("intake.col.overdue"), ColumnType.TEXT), Column.of(text.get("intake.col.state"), ColumnType.TEXT).wider(16)));
        for (IntakeCase c : all) {
            t.row(urgentText(c), c.caseNumber(), c.name(), c.village() == null ? "" : c.village(), stageText(c), c.appliedOn(),
                    c.due(), c.overdue() ? text.get("intake.export.overdue") : "", stateText(c));
        }
        return t;
    }

    public String listTitle() {
        return text.get("intake.export.title");
    }

    public String fileName(ReportFiles.Format f) {
        return ReportState.fileName(listTitle(), Formats.date(state.today()), f);
    }

    /** Saves the list as read last to {@code file} (null: the clerk cancelled). */
    public void export(ReportFiles.Format format, Path file) {
        state.export(format, file, listTitle(), loaded.get(), l -> List.of(table(l)));
    }

    public ReadOnlyObjectProperty<List<IntakeCase>> loadedProperty() {
        return loaded;
    }

    public ObservableList<IntakeCase> cases() {
        return cases;
    }

    public ObservableList<IntakeType> types() {
        return types;
    }

    public ObservableList<DocumentItem> documents() {
        return documents;
    }

    public ObjectProperty<IntakeCase> selectedProperty() {
        return selected;
    }

    public BooleanBinding refusedProperty() {
        return refused;
    }

    public ObjectProperty<Detail> detailProperty() {
        return detail;
    }

    public StringProperty factsProperty() {
        return facts;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReportState state() {
        return state;
    }
}
