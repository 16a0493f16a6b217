package org.medaid.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.medaid.identity.IdNumbers;
import org.medaid.importer.ColumnMapping;
import org.medaid.importer.CsvReader;
import org.medaid.importer.ImportListener;
import org.medaid.importer.ImportPreview;
import org.medaid.importer.ListImporter;
import org.medaid.importer.PreviewRow;
import org.medaid.importer.RowOutcome;
import org.medaid.importer.Table;
import org.medaid.importer.TableReader;
import org.medaid.importer.UnreadableListException;
import org.medaid.model.TextLimit;
import org.medaid.store.Database;
import org.medaid.store.StoreException;

/**
 * Random rows and damaged files through the list importer (ADR 0029): a file is read or refused with the
 * clerk's sentence; every row is previewed as added, changed, unchanged or rejected with its line; a
 * commit either writes or is refused and leaves every table of the store as it was.
 */
class ImportFuzzTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final String HEADER = "姓名,身份证号,人员类别,认定日期,退出日期,认定部门,乡镇,村,联系电话,银行账号";
    private static Path folder;
    private static Database db;
    private static int sequence = 1;

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("import-fuzz");
        db = Database.open(folder.resolve("data"));
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void randomRowsArePreviewedAndCommittedOrRefusedWhole(@ForAll("rows") List<String> rows) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        Bounded.run(csv, () -> {
            Table t = CsvReader.read("fuzz.csv", csv);
            ListImporter importer = new ListImporter(db, CLOCK);
            ImportPreview preview = importer.preview(t, ColumnMapping.guess(t.headers()), ImportListener.NONE);
            for (PreviewRow r : preview.rows()) {
                assertTrue(r.line() >= 2, "a row carries its line");
                if (r.outcome() == RowOutcome.REJECT) {
                    assertTrue(r.message() != null && !r.message().isBlank(), "a rejected row says why: line " + r.line());
                }
            }
            String before = dump();
            try {
                importer.commit(preview, org.medaid.session.TestSessions.as(db, "clerk"), ImportListener.NONE);
            } catch (StoreException refused) {
                assertEquals(before, dump(), "a refused import leaves the store as it was; csv: " + csv);
            }
            return null;
        });
    }

    @Property(tries = 60)
    void damagedListFilesAreReadOrRefusedWithASentence(@ForAll("damaged") byte[] bytes, @ForAll boolean xlsx) throws Exception {
        Path file = Files.createTempFile(folder, "list", xlsx ? ".xlsx" : ".csv");
        Files.write(file, bytes);
        Bounded.run("a damaged " + (xlsx ? "XLSX" : "CSV") + " of " + bytes.length + " bytes", () -> {
            try {
                Table t = TableReader.read(file, null);
                assertTrue(t.rows().stream().allMatch(r -> r.cells().stream().allMatch(c -> c.length() < 1_000_000)));
            } catch (UnreadableListException refused) {
                assertTrue(refused.getMessage().contains("无法读取") || refused.getMessage().contains(".xls"), refused.getMessage());
            }
            return null;
        });
    }

    private static String dump() {
        return db.read(c -> {
            StringBuilder out = new StringBuilder();
            List<String> tables = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> lines = new java.util.ArrayList<>();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            line.append(rs.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                    java.util.Collections.sort(lines);
                    out.append(table).append('\n').append(String.join("\n", lines)).append('\n');
                }
            }
            return out.toString();
        });
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "低保", "特困人员", "监测户", "2023-01-01", "1900-01-01",
                        "2100-01-01", "1e999999999", "NaN", "民政", "六都寨镇", "村".repeat(TextLimit.VILLAGE.length() + 1),
                        "1".repeat(TextLimit.PHONE.length() + 1), "6".repeat(TextLimit.BANK_ACCOUNT.length() + 1)));
        Arbitrary<String> id = Arbitraries.integers().between(0, 400).map(i -> IdNumbers.compose("430524",
                LocalDate.of(1950, 1, 1).plusDays(i), 1 + i % 900));
        Arbitrary<String> row = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(text, id, text, text, text, text, text, text).as((a, b, c, d, e, f, g, h) ->
                        String.join(",", List.of(a, b, c, d, e, f, g, h, "13800000000", "")).replace("\n", " ")),
                net.jqwik.api.Combinators.combine(Arbitraries.of("张三", "李四"), id, Arbitraries.of("低保对象", "特困人员"),
                        Arbitraries.of("2023-01-01", "2099-12-31", "1899-12-31", "2100-01-01"), text).as((n, i, c, d, v) ->
                        String.join(",", List.of(n, i, c, d, "", "民政", "六都寨镇", v.replace(",", " ").replace("\n", " "), "", ""))));
        return row.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] xlsx = validXlsx();
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, xlsx.length - 1).list().ofMinSize(1).ofMaxSize(20).map(at -> {
            byte[] b = xlsx.clone();
            at.forEach(i -> b[i] ^= (byte) 0x5A);
            return b;
        });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, xlsx.length).map(n -> java.util.Arrays.copyOf(xlsx, n));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        return Arbitraries.oneOf(flipped, cut, noise, Arbitraries.just(xlsx));
    }

    /** A list as Excel would save it, with the cells the review found harmful: NaN, infinities, a huge date. */
    private static byte[] validXlsx() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "fuzz", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] head = HEADER.split(",");
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
            }
            ws.value(1, 0, "张三");
            ws.value(1, 1, IdNumbers.compose("430524", LocalDate.of(1960, 3, 15), sequence++));
            ws.value(1, 2, "低保对象");
            ws.value(1, 3, Double.NaN);
            ws.value(1, 4, Double.POSITIVE_INFINITY);
            ws.value(2, 3, 1e300);
            ws.style(2, 3).format("yyyy-mm-dd").set();
            ws.value(3, 3, 9.99e15);
            ws.style(3, 3).format("yyyy-mm-dd").set();
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
