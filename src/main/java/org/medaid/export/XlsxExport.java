package org.medaid.export;

import org.medaid.table.DataTable;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.medaid.model.SpreadsheetText;

/**
 * Writes an {@link DataTable} as an XLSX workbook with fastexcel (ADR 0048): row 1 the title, then one
 * row per filter condition, a blank row, the header with an auto-filter over the data, the rows and the
 * totals. Amounts are numbers with the format {@code #,##0.00}, dates are dates ({@code yyyy-mm-dd}), ID
 * numbers and accounts are text; every text cell is neutralised against formula injection (ADR 0029).
 * The file is written beside the target and moved over it when complete: a failed or killed export
 * leaves no half-written workbook under the chosen name.
 */
public final class XlsxExport {

    static final String MONEY_FORMAT = "#,##0.00";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String SHARE_FORMAT = "0.0%";
    private static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {
    }

    /** Writes {@code tables}, one sheet each, to {@code file}; the first table's title names the workbook. */
    public static void write(List<DataTable> tables, Path file) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, ".export-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                Workbook wb = new Workbook(out, "medaid-desk", "1.0");
                int n = 0;
                for (DataTable t : tables) {
                    n++;
                    sheet(wb.newWorksheet(sheetName(t.title(), n)), t);
                }
                wb.finish();
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public static void write(DataTable table, Path file) throws IOException {
        write(List.of(table), file);
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    static String sheetName(String title, int n) {
        String s = title.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (s.isEmpty()) {
            s = "Sheet" + n;
        }
        return s.length() > MAX_SHEET_NAME ? s.substring(0, MAX_SHEET_NAME) : s;
    }

    private static void sheet(Worksheet ws, DataTable t) {
        List<Column> cols = t.columns();
        int last = cols.size() - 1;
        int r = 0;
        ws.value(r, 0, SpreadsheetText.neutralise(t.title()));
        StyleSetter ts = ws.style(r, 0);
        ts.bold();
        ts.fontSize(14);
        ts.set();
        if (last > 0) {
            ws.range(r, 0, r, last).merge();
        }
        for (String f : concat(t.filter(), t.source())) {
            r++;
            ws.value(r, 0, SpreadsheetText.neutralise(f));
            if (last > 0) {
                ws.range(r, 0, r, last).merge();
            }
        }
        r += 2;
        int header = r;
        for (int c = 0; c <= last; c++) {
            ws.value(r, c, SpreadsheetText.neutralise(cols.get(c).header()));
            StyleSetter hs = ws.style(r, c);
            hs.bold();
            hs.fillColor("DDEBF7");
            hs.borderStyle("thin");
            hs.set();
            ws.width(c, cols.get(c).width());
        }
        for (List<Object> row : t.rows()) {
            r++;
            cells(ws, r, cols, row, false);
        }
        int lastData = r;
        ws.setAutoFilter(header, 0, Math.max(header, lastData), last);
        ws.freezePane(0, header + 1);
        if (t.totals() != null) {
            r++;
            cells(ws, r, cols, t.totals(), true);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void cells(Worksheet ws, int r, List<Column> cols, List<Object> row, boolean bold) {
        for (int c = 0; c < cols.size(); c++) {
            Object v = row.get(c);
            ColumnType type = cols.get(c).type();
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                ws.value(r, c, SpreadsheetText.neutralise(s));
                StyleSetter st = ws.style(r, c);
                if (type == ColumnType.CODE) {
                    // "@": the cell is text, so Excel keeps 18 digits and a leading zero as typed
                    st.format("@");
                }
                if (bold) {
                    st.bold();
                }
                st.set();
                continue;
            }
            switch (type) {
                case MONEY -> ws.value(r, c, ((BigDecimal) v).setScale(2, RoundingMode.UNNECESSARY));
                case SHARE -> ws.value(r, c, (BigDecimal) v);
                case DATE -> ws.value(r, c, (LocalDate) v);
                case COUNT -> ws.value(r, c, (Number) v);
                default -> throw new IllegalStateException(type.name());
            }
            StyleSetter st = ws.style(r, c);
            st.format(switch (type) {
                case MONEY -> MONEY_FORMAT;
                case SHARE -> SHARE_FORMAT;
                case DATE -> DATE_FORMAT;
                default -> "0";
            });
            if (bold) {
                st.bold();
            }
            st.set();
        }
    }
}
