package org.medaid.desk.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.print.TableReportRenderer;
import org.medaid.table.DataTable;

/**
 * One export of a report screen, on the window's executor: the tables are made and written in the background,
 * and the clerk reads one sentence, 已保存 with the file, or why not.
 */
public final class ReportExport {

    private ReportExport() {
    }

    public static void run(TaskExecutor executor, Texts text, ReportFiles.Format format, Path file, String title, Supplier<String> office,
            Supplier<List<DataTable>> tables, List<TableReportRenderer.Chart> charts, Supplier<LocalDate> today,
            Consumer<String> message) {
        if (file == null) {
            return;
        }
        executor.submit(BackgroundTask.of("export " + format, t -> {
            List<DataTable> all = tables.get();
            if (all.isEmpty()) {
                return null;
            }
            ReportFiles.save(format, file, title, office.get(), all, charts, today.get());
            return file;
        }).onSuccess(p -> message.accept(p == null ? text.get("export.nothing") : text.format("export.saved", p.toString())))
                .onFailure(e -> message.accept(text.format("export.failed", file.toString(), reason(e)))));
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
