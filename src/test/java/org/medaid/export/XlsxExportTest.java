package org.medaid.export;

import org.medaid.table.DataTable;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX writer read back with fastexcel-reader: typed cells, title, filter lines, auto-filter, no formulas. */
class XlsxExportTest {

    @TempDir
    Path dir;

    /** The first sheet's rows by position (index 0 is row 1); an empty row is null (the reader skips it). */
    static List<Row> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Row> rows = new java.util.ArrayList<>();
            for (Row r : wb.getFirstSheet().read()) {
                while (rows.size() < r.getRowNum() - 1) {
                    rows.add(null);
                }
                rows.add(r);
            }
            return rows;
        }
    }

    static Cell cell(List<Row> rows, int r, int c) {
        return rows.get(r).getCell(c);
    }

    private DataTable sample() {
        return new DataTable("医疗救助资金发放名单", List.of("范围：已审批", "导出时间：2025-06-30"), List.of(
                Column.of("姓名", ColumnType.TEXT), Column.of("身份证号", ColumnType.CODE), Column.of("金额", ColumnType.MONEY),
                Column.of("日期", ColumnType.DATE), Column.of("序号", ColumnType.COUNT)))
                .row("张三", "43052219600101001X", new BigDecimal("1234.50"), LocalDate.of(2025, 6, 3), 1)
                .row("=HYPERLINK(\"http://x\")", "430522196001010028", new BigDecimal("0.05"), null, 2)
                .totals("合计", null, new BigDecimal("1234.55"), null, null);
    }

    @Test
    void cellsAreTypedAndTheTitleAndFilterComeFirst() throws IOException {
        Path file = dir.resolve("list.xlsx");
        XlsxExport.write(sample(), file);
        List<Row> rows = read(file);
        assertEquals("医疗救助资金发放名单", cell(rows, 0, 0).asString());
        assertEquals("范围：已审批", cell(rows, 1, 0).asString());
        assertEquals("导出时间：2025-06-30", cell(rows, 2, 0).asString());
        assertEquals("姓名", cell(rows, 4, 0).asString(), "the header after a blank row");

        Cell id = cell(rows, 5, 1);
        assertEquals(CellType.STRING, id.getType(), "an ID number is text, never a rounded number");
        assertEquals("43052219600101001X", id.asString());
        assertEquals("430522196001010028", cell(rows, 6, 1).asString());
        assertEquals(CellType.STRING, cell(rows, 6, 1).getType());

        Cell amount = cell(rows, 5, 2);
        assertEquals(CellType.NUMBER, amount.getType());
        assertEquals(0, new BigDecimal("1234.50").compareTo(amount.asNumber()));
        assertEquals("#,##0.00", amount.getDataFormatString(), "two decimals shown");

        Cell date = cell(rows, 5, 3);
        assertEquals(CellType.NUMBER, date.getType(), "a date is a serial number with a date format");
        assertEquals(LocalDateTime.of(2025, 6, 3, 0, 0), date.asDate());
        assertEquals("yyyy-mm-dd", date.getDataFormatString());

        assertEquals(CellType.NUMBER, cell(rows, 5, 4).getType());
        assertEquals(0, BigDecimal.ONE.compareTo(cell(rows, 5, 4).asNumber()));

        assertEquals("合计", cell(rows, 7, 0).asString());
        assertEquals(0, new BigDecimal("1234.55").compareTo(cell(rows, 7, 2).asNumber()));
    }

    @Test
    void aFormulaTypedIntoANameIsWrittenAsText() throws IOException {
        Path file = dir.resolve("list.xlsx");
        XlsxExport.write(sample(), file);
        Cell name = cell(read(file), 6, 0);
        assertEquals(CellType.STRING, name.getType());
        assertNull(name.getFormula());
        assertEquals("'=HYPERLINK(\"http://x\")", name.asString(), "neutralised (ADR 0029)");
    }

    @Test
    void theHeaderCarriesAnAutoFilterOverTheRows() throws IOException {
        Path file = dir.resolve("list.xlsx");
        XlsxExport.write(sample(), file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(sheet.contains("<autoFilter ref=\"A5:E7\""), sheet);
            assertFalse(sheet.contains("<f>"), "no formula anywhere");
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoPart() throws IOException {
        Path file = dir.resolve("list.xlsx");
        Files.writeString(file, "old");
        DataTable bad = new DataTable("x", List.of(), List.of(Column.of("金额", ColumnType.MONEY)))
                .row(new BigDecimal("1.005"));
        assertThrows(ArithmeticException.class, () -> XlsxExport.write(bad, file), "three decimals are not money");
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no .part file left behind");
        }
    }

    @Test
    void aCellOfTheWrongTypeIsRefusedWhenAdded() {
        DataTable t = new DataTable("x", List.of(), List.of(Column.of("日期", ColumnType.DATE)));
        assertThrows(IllegalArgumentException.class, () -> t.row(new BigDecimal("1.00")));
        assertThrows(IllegalArgumentException.class, () -> t.row("a", "b"));
    }

    @Test
    void sheetNamesAreCutToWhatExcelAccepts() {
        assertEquals("a_b_c", XlsxExport.sheetName("a/b:c", 1));
        assertEquals(31, XlsxExport.sheetName("一".repeat(40), 1).length());
        assertEquals("Sheet2", XlsxExport.sheetName(" ", 2));
    }

    @Test
    void englishHeadersComeFromTheEnglishBundle() {
        assertEquals("Bank", new ExportText(Locale.ENGLISH).get("column.bankName"));
        assertEquals("开户银行", new ExportText(Locale.SIMPLIFIED_CHINESE).get("column.bankName"));
    }
}
