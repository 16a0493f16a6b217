package org.medaid.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.medaid.model.Labels;

/** Writes the premium subsidy list as CSV in UTF-8 with a BOM, so that Excel opens it with its Chinese. */
public final class PremiumCsv {

    private static final List<String> COLUMNS = List.of("name", "idNumber", "township", "village", "categories", "policy",
            "contribution", "subsidy", "assistanceFund", "countyBudget", "personPays");

    private PremiumCsv() {
    }

    /** Streams the list for {@code year} into {@code file}, a total line last, and returns the totals. */
    public static PremiumSummary export(PremiumList list, int year, BigDecimal contribution, Path file) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle("org.medaid.roster.premium", Labels.locale(), Labels.NO_FALLBACK);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(line(COLUMNS.stream().map(c -> text.getString("column." + c)).toList()));
            PremiumSummary summary;
            try {
                // a tab before the ID number keeps Excel from turning it into a rounded number
                summary = list.forEach(year, contribution, l -> write(out, line(List.of(l.name(), "\t" + l.idNumber(),
                        nz(l.township()), nz(l.village()), l.categories().stream().map(Labels::of).collect(Collectors.joining("、")),
                        l.policy(), plain(l.contribution()), plain(l.subsidy()), plain(l.assistanceFund()),
                        plain(l.countyBudget()), plain(l.personPays())))));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.write(line(List.of(text.getString("total"), "", "", "", "", "", "", plain(summary.subsidy()),
                    plain(summary.assistanceFund()), plain(summary.countyBudget()), "")));
            return summary;
        }
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2).toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(PremiumCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * Text, never a formula (ADR 0029); the one exception is this writer's own tab before the ID number, which
     * is added after neutralising and keeps Excel from rounding it.
     */
    private static String cell(String value) {
        String v = value.startsWith("\t") && value.substring(1).matches("\\d{17}[\\dX]") ? value
                : org.medaid.model.SpreadsheetText.neutralise(value);
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

}
