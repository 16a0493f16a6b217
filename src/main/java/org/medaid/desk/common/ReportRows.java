package org.medaid.desk.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.table.DataTable;

/**
 * A report that is one list (ADR 0082): the rows on screen, the list as read last (what the XLSX and PDF files
 * hold), the background read that says how many were read, and the file name and export of one table. A view model
 * holds one beside its {@link ReportState}; its view binds it with {@link ReportControls#rows}.
 */
public final class ReportRows<R> {

    private final ReportState state;
    private final Supplier<String> title;
    private final Function<List<R>, DataTable> table;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObjectProperty<List<R>> loaded = new SimpleObjectProperty<>();

    /** {@code table} makes the exported table of the list as read last. */
    public ReportRows(ReportState state, Supplier<String> title, Function<List<R>, DataTable> table) {
        this.state = state;
        this.title = title;
        this.table = table;
    }

    /**
     * Reads the list in the background: on success the rows are shown, kept for the export, and {@code said} gives
     * the news sentence; a failure is said with {@code failedKey}.
     */
    public void read(String name, BackgroundTask.Work<List<R>> work, Function<List<R>, String> said, String failedKey) {
        state.read(name, work, r -> {
            rows.setAll(r);
            loaded.set(List.copyOf(r));
            state.say(said.apply(r));
        }, failedKey);
    }

    /** The file name offered for the list of today: 导入记录-2024-12-20.xlsx. */
    public String fileName(ReportFiles.Format format) {
        return ReportState.fileName(title.get(), state.today(), format);
    }

    /** The list as read last, to XLSX or PDF (in the background); nothing read yet: the clerk is told to query. */
    public void export(ReportFiles.Format format, Path file) {
        state.export(format, file, title.get(), loaded.get(), l -> List.of(table.apply(l)));
    }

    public ObservableList<R> rows() {
        return rows;
    }

    /** The list as read last; null before the first read (the export buttons wait for it). */
    public ObjectProperty<List<R>> loadedProperty() {
        return loaded;
    }

    public ReportState state() {
        return state;
    }
}
