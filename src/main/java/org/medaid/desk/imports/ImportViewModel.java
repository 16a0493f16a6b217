package org.medaid.desk.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.desk.task.TaskHandle;
import org.medaid.desk.task.TaskProgress;
import org.medaid.importer.ColumnMapping;
import org.medaid.importer.Field;
import org.medaid.importer.ImportCancelledException;
import org.medaid.importer.ImportListener;
import org.medaid.importer.ImportPreview;
import org.medaid.importer.ImportResult;
import org.medaid.importer.ListImporter;
import org.medaid.importer.PreviewRow;
import org.medaid.importer.RowOutcome;
import org.medaid.importer.Table;
import org.medaid.importer.TableReader;

/**
 * The import wizard: choose a CSV or XLSX list and its encoding, check the guessed column mapping,
 * preview every row (新增 / 变更 / 无变化 / 拒绝, with the reason), and commit all of it in one transaction.
 * Preview and commit run in the background with progress and a cancel button; a cancelled or failed
 * commit leaves the store as it was.
 */
public final class ImportViewModel {

    /** What the clerk must look at first: refusals, then changes, then additions, then the rest; by line within. */
    static final java.util.Comparator<PreviewRow> ATTENTION_FIRST = java.util.Comparator
            .comparingInt((PreviewRow r) -> switch (r.outcome()) {
                case REJECT -> 0;
                case CHANGE -> 1;
                case ADD -> 2;
                case UNCHANGED -> 3;
            }).thenComparingInt(PreviewRow::line);

    private final ListImporter importer;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Supplier<org.medaid.session.Session> operator;
    private final ObjectProperty<ImportStep> step = new SimpleObjectProperty<>(ImportStep.FILE);
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<FileEncoding> encoding = new SimpleObjectProperty<>(FileEncoding.AUTO);
    private final ObjectProperty<Table> table = new SimpleObjectProperty<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PreviewRow> shownRows = new FilteredList<>(rows);
    private final ObjectProperty<RowOutcome> filter = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    /** What the clerk says the file is (临医保发〔2022〕13号 六 全量库/变化库; 广西通知 二(二)): asked before the preview. */
    // a change list by default (rows added or changed as named, nothing else ended); a full list is chosen on purpose
    private final ObjectProperty<org.medaid.importer.ListKind> kind = new SimpleObjectProperty<>(org.medaid.importer.ListKind.CHANGE);
    private final ObjectProperty<org.medaid.identity.Department> department =
            new SimpleObjectProperty<>(org.medaid.identity.Department.CIVIL_AFFAIRS);
    private final ObjectProperty<java.time.YearMonth> month = new SimpleObjectProperty<>(java.time.YearMonth.now().minusMonths(1));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringBinding mappingProblem;
    private TaskHandle running = TaskHandle.DONE;
    private Runnable onCommitted = () -> { };

    public ImportViewModel(ListImporter importer, TaskExecutor executor, Texts texts, Supplier<org.medaid.session.Session> operator) {
        this.importer = importer;
        this.executor = executor;
        this.texts = texts;
        this.operator = operator;
        filter.addListener((o, a, b) -> shownRows.setPredicate(b == null ? r -> true : r -> r.outcome() == b));
        mappingProblem = Bindings.createStringBinding(this::checkMapping, mapping);
    }

    /** FILE → MAPPING: reads the list and guesses which column holds which field. */
    public void readFile() {
        Path path = path();
        if (path == null) {
            error.set(texts.get("import.error.noFile"));
            return;
        }
        FileEncoding enc = encoding.get();
        start(texts.get("import.reading"));
        running = executor.submit(BackgroundTask.of("read list", p -> TableReader.read(path, enc.charset()))
                .onSuccess(t -> {
                    showMapping(ColumnMapping.guess(t.headers()));
                    table.set(t);
                    status.set(texts.format("import.read", t.rows().size(), t.headers().size()));
                    step.set(ImportStep.MAPPING);
                })
                .onFailure(e -> error.set(texts.format("import.error.read", e.getMessage())))
                .onFinally(() -> busy.set(false)));
    }

    private Path path() {
        String f = file.get() == null ? "" : file.get().strip();
        if (f.isEmpty()) {
            return null;
        }
        Path p = Path.of(f);
        return Files.isRegularFile(p) ? p : null;
    }

    private void showMapping(ColumnMapping guessed) {
        mapping.clear();
        for (Field f : Field.values()) {
            MappingRow row = new MappingRow(f, guessed.column(f));
            row.columnProperty().addListener((o, a, b) -> mapping.set(mapping.indexOf(row), row));
            mapping.add(row);
        }
    }

    /** The mapping as the clerk left it; a column taken by two fields keeps the later choice only. */
    public ColumnMapping columnMapping() {
        Map<Field, Integer> m = new EnumMap<>(Field.class);
        for (MappingRow r : mapping) {
            if (r.columnProperty().get() >= 0) {
                m.put(r.field(), r.columnProperty().get());
            }
        }
        return new ColumnMapping(m);
    }

    private String checkMapping() {
        if (mapping.isEmpty()) {
            return null;
        }
        List<Field> missing = columnMapping().missingRequired();
        if (!missing.isEmpty()) {
            return texts.format("import.mapping.missing", String.join("、", missing.stream().map(f -> f.label(texts.locale())).toList()));
        }
        long distinct = mapping.stream().filter(r -> r.columnProperty().get() >= 0).mapToInt(r -> r.columnProperty().get()).distinct().count();
        long used = mapping.stream().filter(r -> r.columnProperty().get() >= 0).count();
        return distinct < used ? texts.get("import.mapping.twice") : null;
    }

    /** MAPPING → PREVIEW: classifies every row without writing anything. */
    public void runPreview() {
        if (mappingProblem.get() != null || table.get() == null) {
            return;
        }
        Table t = table.get();
        ColumnMapping m = columnMapping();
        if (kind.get() == null || department.get() == null || month.get() == null) {
            error.set(texts.get("import.error.needsInfo"));
            return;
        }
        Path source = path();
        org.medaid.importer.ListInfo info = org.medaid.importer.ListInfo.of(kind.get(), department.get(), month.get(),
                source == null ? t.source() : source.getFileName().toString());
        start(texts.get("import.previewing"));
        running = executor.submit(BackgroundTask.of("preview list", p -> importer.preview(t, m, info, listener(p)))
                .onProgress((f, msg) -> progress.set(f))
                .onSuccess(pv -> {
                    preview.set(pv);
                    rows.setAll(pv.rows().stream().sorted(ATTENTION_FIRST).toList());
                    filter.set(null);
                    status.set(summary(pv));
                    step.set(ImportStep.PREVIEW);
                })
                .onCancelled(() -> status.set(texts.get("import.previewCancelled")))
                .onFailure(e -> error.set(texts.format("import.error.preview", e.getMessage())))
                .onFinally(() -> busy.set(false)));
    }

    /** PREVIEW → DONE: writes every accepted row in one transaction, or nothing. */
    public void commit() {
        ImportPreview pv = preview.get();
        if (pv == null || !pv.hasWork()) {
            return;
        }
        var user = operator.get();
        start(texts.get("import.committing"));
        running = executor.submit(BackgroundTask.of("commit list", p -> importer.commit(pv, user, listener(p)))
                .onProgress((f, msg) -> progress.set(f))
                .onSuccess(r -> {
                    result.set(r);
                    status.set(texts.format("import.done", r.added(), r.changed(), r.unchanged(), r.rejected())
                            + (r.exited() + r.ended() == 0 ? "" : texts.format("import.done.ended", r.exited(), r.ended())));
                    step.set(ImportStep.DONE);
                    onCommitted.run();
                })
                .onCancelled(() -> status.set(texts.get("import.commitCancelled")))
                .onFailure(e -> error.set(e instanceof ImportCancelledException ? texts.get("import.commitCancelled")
                        : texts.format("import.error.commit", e.getMessage())))
                .onFinally(() -> busy.set(false)));
    }

    private void start(String message) {
        busy.set(true);
        error.set(null);
        progress.set(-1);
        status.set(message);
    }

    /** The importer's listener over the task's progress: its bar and its cancel button. */
    private static ImportListener listener(TaskProgress p) {
        return new ImportListener() {
            @Override
            public void progress(int done, int total) {
                p.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    public void cancel() {
        running.cancel();
    }

    /** One step back: from the preview to the mapping, from the mapping to the file. */
    public void back() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        if (step.get() == ImportStep.PREVIEW) {
            step.set(ImportStep.MAPPING);
        } else if (step.get() == ImportStep.MAPPING) {
            step.set(ImportStep.FILE);
        }
    }

    String summary(ImportPreview pv) {
        String counts = texts.format("import.counts", pv.count(RowOutcome.ADD), pv.count(RowOutcome.CHANGE),
                pv.count(RowOutcome.UNCHANGED), pv.count(RowOutcome.REJECT));
        // a region proposed from the ID number or differing from the register: said per row, counted here (ADR 0066)
        return pv.noted() == 0 ? counts : counts + texts.format("import.counts.noted", pv.noted());
    }

    /**
     * What the file says in {@code field} on the row of {@code p}: a refused row has no parsed row, yet the
     * clerk must see whose line it is.
     */
    public String cell(PreviewRow p, Field field) {
        Table t = table.get();
        int column = columnMapping().column(field);
        if (t == null || column < 0) {
            return "";
        }
        return t.rows().stream().filter(r -> r.line() == p.line()).findFirst().map(r -> r.cell(column).strip()).orElse("");
    }

    public long count(RowOutcome outcome) {
        return preview.get() == null ? 0 : preview.get().count(outcome);
    }

    public BooleanBinding canRead() {
        return Bindings.createBooleanBinding(() -> !busy.get() && file.get() != null && !file.get().isBlank(), busy, file);
    }

    public BooleanBinding canPreview() {
        return Bindings.createBooleanBinding(() -> !busy.get() && mappingProblem.get() == null && table.get() != null,
                busy, mappingProblem, table);
    }

    public BooleanBinding canCommit() {
        return Bindings.createBooleanBinding(() -> !busy.get() && preview.get() != null && preview.get().hasWork()
                && step.get() == ImportStep.PREVIEW, busy, preview, step);
    }

    public ObjectProperty<ImportStep> stepProperty() {
        return step;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<FileEncoding> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Table> tableProperty() {
        return table;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public StringBinding mappingProblem() {
        return mappingProblem;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    /** The preview rows the filter lets through. */
    public ObservableList<PreviewRow> shownRows() {
        return shownRows;
    }

    public ObjectProperty<RowOutcome> filterProperty() {
        return filter;
    }

    public ObjectProperty<org.medaid.importer.ListKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<org.medaid.identity.Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<java.time.YearMonth> monthProperty() {
        return month;
    }

    /** The full list's endings in words: who is on the desk with a current category and not on the list. */
    public String endingsText() {
        ImportPreview pv = preview.get();
        if (pv == null || pv.endings().isEmpty()) {
            return "";
        }
        String names = pv.endings().stream().limit(20).map(e -> e.name() + "（" + texts.label(e.category()) + "）")
                .collect(java.util.stream.Collectors.joining("、"));
        return texts.format("import.endings", pv.endings().size(), pv.info().listDate(), names
                + (pv.endings().size() > 20 ? "……" : ""));
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public Texts texts() {
        return texts;
    }

    /** After a commit: the roster reloads. */
    public void setOnCommitted(Runnable action) {
        this.onCommitted = action;
    }
}
