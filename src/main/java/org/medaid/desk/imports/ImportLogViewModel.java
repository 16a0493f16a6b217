package org.medaid.desk.imports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import org.medaid.desk.common.ReportRows;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.importer.ImportLog;
import org.medaid.importer.ImportLogEntry;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/** 导入记录: the list imports committed on this desk, newest first (临医保发〔2022〕13号 六, ADR 0051); XLSX and PDF. */
public final class ImportLogViewModel {

    /** How many imports the screen shows: years of monthly lists from several departments. */
    public static final int SHOWN = 500;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Supplier<ImportLog> log;
    private final Texts texts;
    private final ReportState state;
    private final ReportRows<ImportLogEntry> list;

    public ImportLogViewModel(Supplier<ImportLog> log, TaskExecutor executor, Texts texts, Supplier<String> office,
            Supplier<LocalDate> today) {
        this.log = log;
        this.texts = texts;
        this.state = new ReportState(executor, texts, office, today);
        this.list = new ReportRows<>(state, this::title, this::table);
    }

    public void load() {
        list.read("import log", p -> log.get().recent(SHOWN), r -> texts.format("importLog.loaded", r.size()), "importLog.failed");
    }

    public String at(ImportLogEntry e) {
        return AT.format(e.at().atZone(ZoneId.systemDefault()));
    }

    public String kind(ImportLogEntry e) {
        return e.info() == null ? texts.get("importLog.kind.none") : texts.get("importLog.kind." + e.info().kind().name());
    }

    public String department(ImportLogEntry e) {
        return e.info() == null ? "" : texts.label(e.info().department());
    }

    public String month(ImportLogEntry e) {
        return e.info() == null ? "" : e.info().month() + "（" + e.info().listDate() + "）";
    }

    /** The imports as read last: the counts as whole numbers. */
    DataTable table(List<ImportLogEntry> entries) {
        List<String> filter = new ArrayList<>(List.of(texts.format("importLog.filter", SHOWN)));
        filter.addAll(List.of(state.source()));
        List<Column> cols = new ArrayList<>(List.of(Column.of(texts.get("importLog.col.at"), ColumnType.TEXT),
                Column.of(texts.get("importLog.col.file"), ColumnType.TEXT).wider(24),
                Column.of(texts.get("importLog.col.kind"), ColumnType.TEXT), Column.of(texts.get("importLog.col.department"), ColumnType.TEXT),
                Column.of(texts.get("importLog.col.month"), ColumnType.TEXT).wider(22), Column.of(texts.get("importLog.col.user"), ColumnType.TEXT)));
        for (String k : List.of("added", "changed", "unchanged", "rejected", "exited", "ended")) {
            cols.add(Column.of(texts.get("importLog.col." + k), ColumnType.COUNT));
        }
        DataTable t = new DataTable(title(), filter, cols);
        for (ImportLogEntry e : entries) {
            var r = e.result();
            t.row(at(e), e.fileName(), kind(e), department(e), month(e), e.user(), r.added(), r.changed(), r.unchanged(),
                    r.rejected(), r.exited(), r.ended());
        }
        return t;
    }

    public String title() {
        return texts.get("importLog.title");
    }

    /** The imports on screen and as read last, their file name and export. */
    public ReportRows<ImportLogEntry> list() {
        return list;
    }

    public ObservableList<ImportLogEntry> rows() {
        return list.rows();
    }
}
