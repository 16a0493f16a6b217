package org.medaid.desk.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.medaid.export.XlsxExport;
import org.medaid.print.PdfFiles;
import org.medaid.print.PrintDocument;
import org.medaid.print.TableReportRenderer;
import org.medaid.table.DataTable;

/**
 * Saves a list or report, as the screen shows it, to a file: XLSX (typed cells, one sheet per table, ADR 0048)
 * or PDF (the report renderer, with the charts). Written whole or not at all. Call it from a background task.
 */
public final class ReportFiles {

    /** The file kinds an export button writes; {@code extension} without the dot. */
    public enum Format {
        XLSX("xlsx"),
        PDF("pdf"),
        /** A plain list for another office's system (written by the screen's own exporter, not {@link #save}). */
        CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private ReportFiles() {
    }

    public static void save(Format format, Path file, String title, String office, List<DataTable> tables,
            List<TableReportRenderer.Chart> charts, LocalDate today) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to save");
        }
        if (format == Format.XLSX) {
            XlsxExport.write(tables, file);
        } else if (format == Format.CSV) {
            throw new IllegalArgumentException("a CSV list is written by its own exporter");
        } else {
            PdfFiles.write(file, PrintDocument.report(title, title, office, tables, charts, today).pdf());
        }
    }

    /** A file name for {@code title} on {@code day}, without characters Windows refuses: 统计报表-2024.xlsx. */
    public static String fileName(String title, String period, Format format) {
        return (title + "-" + period).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + format.extension();
    }
}
