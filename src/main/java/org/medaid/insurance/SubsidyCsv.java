package org.medaid.insurance;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The premium-subsidy rows as CSV (UTF-8 with a BOM, so Excel reads the Chinese): the list for the tax department
 * (广西通知 二(二)) and the month's insured and refunded people. Written beside the target and moved onto it, so a
 * half-written file is never left under the chosen name.
 */
public final class SubsidyCsv {

    private SubsidyCsv() {
    }

    public static void write(List<SubsidyRecord> rows, Path file, Locale locale) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(InsuranceTexts.get("subsidy.csv.header", locale) + "\r\n");
            for (SubsidyRecord r : rows) {
                // a tab before the ID number keeps Excel from turning it into a rounded number
                out.write(String.join(",", quote(r.name()), "\t" + r.idNumber(), quote(r.village()),
                        Integer.toString(r.year()), plain(r.contribution()), plain(r.subsidy()), plain(r.assistanceFund()),
                        plain(r.countyBudget()), InsuranceTexts.get("subsidy.status." + r.status().name(), locale),
                        text(r.sentOn()), text(r.paidOn()), text(r.refundedOn()), quote(r.refundReason())) + "\r\n");
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2).toPlainString();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
