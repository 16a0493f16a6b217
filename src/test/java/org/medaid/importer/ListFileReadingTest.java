package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFileReadingTest {

    @TempDir
    Path dir;

    private static final String TEXT = "姓名,身份证号,人员类别,认定日期\n张三,11010519491231002X,低保户,2023-01-01\n"
            + "\"李,四\",440524188001010014,\"特困\"\"人员\",2023/5/1\n";

    @Test
    void gbkCsvIsDetectedAndRead() throws Exception {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, TEXT.getBytes(Encodings.GBK));
        Table t = TableReader.read(f, null);
        assertEquals(List.of("姓名", "身份证号", "人员类别", "认定日期"), t.headers());
        assertEquals("张三", t.rows().get(0).cell(0));
    }

    @Test
    void utf8CsvWithBomIsRead() throws Exception {
        Path f = dir.resolve("utf8.csv");
        Files.write(f, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
        Table t = TableReader.read(f, null);
        assertEquals("姓名", t.headers().get(0));
        assertEquals(List.of("李,四", "440524188001010014", "特困\"人员", "2023/5/1"), t.rows().get(1).cells());
        assertEquals(3, t.rows().get(1).line());
    }

    @Test
    void xlsxCellsBecomeTextAndDatesIsoDates() throws Exception {
        Path f = dir.resolve("list.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(out, "medaid", "1.0");
            Worksheet ws = wb.newWorksheet("名单");
            String[] head = {"姓名", "身份证号", "人员类别", "认定日期", "序号"};
            for (int i = 0; i < head.length; i++) {
                ws.value(0, i, head[i]);
            }
            ws.value(1, 0, "张三");
            ws.value(1, 1, "11010519491231002X");
            ws.value(1, 2, "低保户");
            ws.value(1, 3, LocalDate.of(2023, 1, 1));
            ws.style(1, 3).format("yyyy-mm-dd").set();
            ws.value(1, 4, 7);
            wb.finish();
        }
        Table t = TableReader.read(f, null);
        assertEquals(List.of("姓名", "身份证号", "人员类别", "认定日期", "序号"), t.headers());
        assertEquals(List.of("张三", "11010519491231002X", "低保户", "2023-01-01", "7"), t.rows().get(0).cells());
    }

    @Test
    void clerksDateFormatsAreRead() {
        for (String s : List.of("2023-05-01", "2023/5/1", "2023.5.1", "20230501", "2023年5月1日", "2023-05-01 00:00:00")) {
            assertEquals(LocalDate.of(2023, 5, 1), ListDates.parse(s), s);
        }
        assertEquals(null, ListDates.parse("2023-02-30"));
    }
}
