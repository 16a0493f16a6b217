package org.medaid.insurance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tax department's return file (缴费信息, 广西通知 二(二)): CSV with a header naming 身份证号 (or 证件号码) and
 * 缴费日期; other columns are ignored. Dates as 2024-01-05, 2024/1/5 or 20240105.
 */
final class TaxReturnFile {

    record Row(int line, String idNumber, LocalDate paidOn, String rawDate) {
    }

    private TaxReturnFile() {
    }

    static List<Row> read(List<String> lines) {
        int header = -1;
        int idCol = -1;
        int dateCol = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            List<String> cells = split(lines.get(i));
            for (int j = 0; j < cells.size(); j++) {
                String h = cells.get(j);
                if (h.equals("身份证号") || h.equals("证件号码") || h.equals("公民身份号码")) {
                    idCol = j;
                } else if (h.equals("缴费日期")) {
                    dateCol = j;
                }
            }
            if (idCol >= 0 || dateCol >= 0) {
                header = i;
            }
        }
        if (idCol < 0 || dateCol < 0) {
            throw new InsuranceException(InsuranceProblem.SUBSIDY_RETURN_COLUMNS);
        }
        List<Row> out = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            List<String> cells = split(lines.get(i));
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String id = idCol < cells.size() ? cells.get(idCol).toUpperCase(Locale.ROOT) : "";
            String raw = dateCol < cells.size() ? cells.get(dateCol) : "";
            out.add(new Row(i + 1, id, date(raw), raw));
        }
        if (out.isEmpty()) {
            throw new InsuranceException(InsuranceProblem.SUBSIDY_RETURN_EMPTY);
        }
        return out;
    }

    static LocalDate date(String raw) {
        String s = raw.strip();
        for (String pattern : List.of("yyyy-M-d", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d")) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        return null;
    }

    /** One CSV line's cells, quotes and a leading tab or BOM removed, stripped. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(clean(cell));
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(clean(cell));
        return out;
    }

    private static String clean(StringBuilder cell) {
        return cell.toString().replace("\uFEFF", "").strip();
    }
}
