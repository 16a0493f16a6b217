package org.medaid.desk.imports;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.importer.ImportLog;
import org.medaid.importer.ImportLogEntry;

/** 导入记录: the list imports committed on this desk, newest first (临医保发〔2022〕13号 六, ADR 0051). */
public final class ImportLogViewModel {

    /** How many imports the screen shows: years of monthly lists from several departments. */
    public static final int SHOWN = 500;

    private final Supplier<ImportLog> log;
    private final TaskExecutor executor;
    private final Texts texts;
    private final ObservableList<ImportLogEntry> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ImportLogViewModel(Supplier<ImportLog> log, TaskExecutor executor, Texts texts) {
        this.log = log;
        this.executor = executor;
        this.texts = texts;
    }

    public void load() {
        busy.set(true);
        executor.submit(BackgroundTask.of("import log", p -> log.get().recent(SHOWN))
                .onSuccess(r -> {
                    rows.setAll(r);
                    message.set(texts.format("importLog.loaded", r.size()));
                })
                .onFailure(e -> message.set(texts.format("importLog.failed", e.getMessage())))
                .onFinally(() -> busy.set(false)));
    }

    public Texts texts() {
        return texts;
    }

    public ObservableList<ImportLogEntry> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
