package org.medaid.desk.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.print.TableReportRenderer;
import org.medaid.table.DataTable;

/**
 * What every report's view model shares (ADR 0075): the busy mark, the one sentence the clerk reads, the reading of
 * the report on the one executor, and its export to XLSX or PDF. The view binds it with {@link ReportControls}.
 */
public final class ReportState {

    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<String> office;
    private final Supplier<LocalDate> today;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();

    public ReportState(TaskExecutor executor, Texts text, Supplier<String> office, Supplier<LocalDate> today) {
        this.executor = executor;
        this.text = text;
        this.office = office;
        this.today = today;
    }

    /**
     * Reads in the background with the busy mark on; {@code done} gets the result on the FX thread, a failure is
     * said with the sentence {@code failedKey} ({0}: the reason).
     */
    public <T> void read(String name, BackgroundTask.Work<T> work, Consumer<T> done, String failedKey) {
        run(name, work, done, e -> message.set(text.format(failedKey, reason(e))));
    }

    /** Runs a read or a write in the background with the busy mark on; {@code failed} says why not. */
    public <T> void run(String name, BackgroundTask.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        executor.submit(BackgroundTask.of(name, work).onSuccess(done).onFailure(failed).onFinally(() -> busy.set(false)));
    }

    /**
     * Saves the tables {@code tables} makes of {@code result} (in the background) to {@code file}; the PDF carries
     * {@code charts}. A null file: the clerk cancelled. A null result: nothing read yet, the clerk is told to query first.
     */
    public <R> void export(ReportFiles.Format format, Path file, String title, R result, Function<R, List<DataTable>> tables,
            List<TableReportRenderer.Chart> charts) {
        if (result == null) {
            message.set(text.get("export.nothing"));
            return;
        }
        ReportExport.run(executor, text, format, file, title, office, () -> tables.apply(result),
                format == ReportFiles.Format.PDF ? charts : List.of(), today, message::set);
    }

    /** The same, without charts. */
    public <R> void export(ReportFiles.Format format, Path file, String title, R result, Function<R, List<DataTable>> tables) {
        export(format, file, title, result, tables, List.of());
    }

    /** The file name offered for {@code title} of {@code period}: 统计报表-2024.xlsx. */
    public static String fileName(String title, Object period, ReportFiles.Format format) {
        return ReportFiles.fileName(title, String.valueOf(period), format);
    }

    /** The filter and source lines a table records (office, export day), for tables the view model makes itself. */
    public String[] source() {
        String o = office.get();
        String day = Formats.date(today.get());
        return o == null || o.isBlank() ? new String[] {text.format("export.source.day", day)}
                : new String[] {text.format("export.source.office", o.strip()), text.format("export.source.day", day)};
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public void say(String sentence) {
        message.set(sentence);
    }

    /** A refusal or a failure the clerk must act on (shown apart from the message, in red); null when none. */
    public StringProperty errorProperty() {
        return error;
    }

    public void refuse(String sentence) {
        error.set(sentence);
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

    public LocalDate today() {
        return today.get();
    }

    public String office() {
        return office.get();
    }
}
