package org.medaid.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medaid.identity.PolicyArea;
import org.medaid.model.Labels;

/**
 * Writes {@code samples/townships/<region>/bills.csv}, the sample bills as a clerk would read them (UTF-8
 * with BOM, for Excel): {@code mvn -o -q compile exec:java -Dexec.mainClass=org.medaid.sample.SampleBillFiles}.
 * A test fails when the committed files differ from what {@link SampleBills} generates.
 */
public final class SampleBillFiles {

    private static final char BOM = '\uFEFF';

    private SampleBillFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "samples/townships");
        for (PolicyArea area : PolicyArea.values()) {
            Path file = root.resolve(area.id()).resolve("bills.csv");
            Files.writeString(file, render(area), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }

    /** The file's text for {@code area}. */
    public static String render(PolicyArea area) {
        SampleBills sample = SampleBills.bundled();
        StringBuilder out = new StringBuilder().append(BOM);
        List<String> header = new ArrayList<>(List.of(sample.text("csv.header").split(",")));
        out.append(CsvOut.line(header));
        for (SampleBills.SampleBill b : sample.generate(area)) {
            out.append(CsvOut.line(List.of(b.name(), b.idNumber(), Labels.of(b.kind(), Locale.SIMPLIFIED_CHINESE),
                    b.admitted().toString(), b.discharged() == null ? "" : b.discharged().toString(), b.hospital(),
                    Labels.of(b.level(), Locale.SIMPLIFIED_CHINESE), Labels.of(b.location(), Locale.SIMPLIFIED_CHINESE),
                    sample.text(b.referred() ? "csv.yes" : "csv.no"), nz(b.diagnosis()), nz(b.specialDisease()),
                    b.total().toPlainString(), b.outOfCatalog().toPlainString(), b.classBSelfPay().toPlainString(),
                    b.overLimit().toPlainString(), sample.text("csv.purpose." + b.purpose()))));
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
