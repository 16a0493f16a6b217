package org.medaid.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX list with fastexcel-reader (ADR 0009). Cells become text: a number
 * formatted as a date becomes an ISO date, other numbers their plain digits (an ID number Excel kept as
 * a number has lost its last digits and then fails its check, as it should).
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    public static Table read(String source, InputStream in) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Table.Row> all = new ArrayList<>();
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(text(r.getCell(i)));
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    all.add(new Table.Row(r.getRowNum(), List.copyOf(cells)));
                }
            });
            if (all.isEmpty()) {
                return new Table(source, List.of(), List.of());
            }
            return new Table(source, all.get(0).cells(), all.subList(1, all.size()));
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String raw = cell.getRawValue() == null ? "" : cell.getRawValue().strip();
            // ADR 0029: NaN, Infinity or a huge exponent stays as its text (the row is then refused), never expanded
            if (!raw.matches("-?\\d{1,20}(\\.\\d{1,20})?([eE][-+]?\\d{1,3})?")) {
                return raw.length() > 40 ? raw.substring(0, 40) : raw;
            }
            BigDecimal n = new BigDecimal(raw);
            if (isDateFormat(cell.getDataFormatString())) {
                // Excel's serial days: 1900-01-01 is 1, 2099-12-31 is 73050; outside that it is no date of a list
                return n.signum() > 0 && n.compareTo(BigDecimal.valueOf(73050)) <= 0 ? cell.asDate().toLocalDate().toString() : raw;
            }
            return n.abs().compareTo(BigDecimal.TEN.pow(20)) >= 0 ? raw : n.stripTrailingZeros().toPlainString();
        }
        String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getText();
        return raw == null ? "" : raw.strip();
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }
}
