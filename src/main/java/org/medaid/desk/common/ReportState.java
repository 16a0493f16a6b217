package org.medaid.desk.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.print.TableReportRenderer;
import org.medaid.table.DataTable;

/**
 * What every report's view model shares (ADR 0075): the screen's {@link ScreenStatus} (the one sentence the clerk
 * reads, news or refusal, and the busy mark; ADR 0078), the reading of the report on the one executor through that
 * status, and its export to XLSX or PDF. The view binds it with {@link ReportControls}.
 */
public final class ReportState {

    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<String> office;
    private final Supplier<LocalDate> today;
    private final ScreenStatus status = new ScreenStatus();
    /** The sentence while it is news, else empty. */
    private final StringExpression news = Bindings.createStringBinding(() -> status.isError() ? "" : status.message(),
            status.messageProperty(), status.errorProperty());
    /** The sentence while it is a refusal, else null. */
    private final StringExpression refusal = Bindings.createStringBinding(() -> status.isError() ? status.message() : null,
            status.messageProperty(), status.errorProperty());

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
        run(name, work, done, e -> status.refuse(text.format(failedKey, reason(e))));
    }

    /** Runs a read or a write in the background with the busy mark on; {@code failed} says why not. */
    public <T> void run(String name, BackgroundTask.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        status.submit(executor, BackgroundTask.of(name, work).onSuccess(done).onFailure(failed));
    }

    /**
     * Saves the tables {@code tables} makes of {@code result} (in the background) to {@code file}; the PDF carries
     * {@code charts}. A null file: the clerk cancelled. A null result: nothing read yet, the clerk is told to query first.
     */
    public <R> void export(ReportFiles.Format format, Path file, String title, R result, Function<R, List<DataTable>> tables,
            List<TableReportRenderer.Chart> charts) {
        if (result == null) {
            status.say(text.get("export.nothing"));
            return;
        }
        ReportExport.run(executor, text, format, file, title, office, () -> tables.apply(result),
                format == ReportFiles.Format.PDF ? charts : List.of(), today, status::say);
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

    /** The screen's one status (ADR 0078): a view binds it with {@link StatusLine} or {@link ReportControls}. */
    public ScreenStatus status() {
        return status;
    }

    /** Says {@code sentence} as news (it replaces a refusal on show). */
    public void say(String sentence) {
        status.say(sentence);
    }

    /** Says {@code sentence} as a refusal or a failure the clerk must act on; null takes a refusal off (news stays). */
    public void refuse(String sentence) {
        if (sentence == null) {
            status.clearRefusal();
        } else {
            status.refuse(sentence);
        }
    }

    /** The refusal on show, null when none. */
    public StringExpression errorProperty() {
        return refusal;
    }

    /** The news on show, empty while a refusal is shown. */
    public StringExpression messageProperty() {
        return news;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
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
