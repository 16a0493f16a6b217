package org.medaid.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.medaid.identity.PolicyArea;
import org.medaid.importer.Encodings;

/**
 * Writes every sample: {@code samples/townships/<area>/} for the four areas and the monthly lists of
 * {@code samples/lists/}. Run: {@code mvn -o -q compile exec:java -Dexec.mainClass=org.medaid.sample.SampleWriter}
 * (argument: the samples folder, default {@code samples}).
 */
public final class SampleWriter {

    private SampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "samples");
        for (PolicyArea area : PolicyArea.values()) {
            SampleFiles.write(area, root.resolve("townships").resolve(area.id()));
        }
        Path lists = root.resolve("lists");
        Files.createDirectories(lists);
        for (ListFile f : ListFile.values()) {
            f.write(lists);
        }
        System.out.println("samples written to " + root.toAbsolutePath());
    }

    /** The sample lists: one per area, in the formats clerks receive. */
    public enum ListFile {
        LINYI_FULL(PolicyArea.LINYI, true, "linyi-2024-06-full.csv", StandardCharsets.UTF_8),
        LINYI_CHANGES(PolicyArea.LINYI, false, "linyi-2024-06-changes.xlsx", null),
        SHAOYANG(PolicyArea.SHAOYANG, false, "shaoyang-2024-06-list-gbk.csv", Encodings.GBK),
        CHAOZHOU(PolicyArea.CHAOZHOU, true, "chaozhou-2024-06-list.csv", StandardCharsets.UTF_8),
        GUANGXI(PolicyArea.GUANGXI, false, "guangxi-2024-06-list.xlsx", null);

        public final PolicyArea area;
        public final boolean full;
        public final String fileName;
        private final Charset charset;

        ListFile(PolicyArea area, boolean full, String fileName, Charset charset) {
            this.area = area;
            this.full = full;
            this.fileName = fileName;
            this.charset = charset;
        }

        void write(Path folder) throws IOException {
            List<String> header = SampleLists.header(SampleTownship.of(area));
            List<List<String>> rows = SampleLists.rows(area, full);
            Path file = folder.resolve(fileName);
            if (charset == null) {
                writeXlsx(file, header, rows);
                return;
            }
            StringBuilder text = new StringBuilder(charset == StandardCharsets.UTF_8 ? "\uFEFF" : "");
            text.append(CsvOut.line(header));
            rows.forEach(r -> text.append(CsvOut.line(r)));
            Files.write(file, text.toString().getBytes(charset));
        }
    }

    private static void writeXlsx(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "medaid-desk", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, org.medaid.model.SpreadsheetText.neutralise(header.get(c)));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    // ID numbers stay text, as they must; no cell is a formula (ADR 0029)
                    ws.value(r + 1, c, org.medaid.model.SpreadsheetText.neutralise(rows.get(r).get(c)));
                }
            }
            wb.finish();
        }
    }
}
