package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Category;
import org.medaid.model.Insurance;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;

/**
 * The person's policy region (户籍地) in a list (ADR 0066 as amended for the importer): a region column gives a new
 * person's region; without it the region is proposed from the ID number and the preview says so; a bad code refuses
 * its row; a stored person's region is never changed by a list, a different list region is only noted.
 */
class ListRegionTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));
    private static final String WITH_REGION = "序号,姓名,身份证号,人员类别,认定日期,乡镇,村,户籍地区划代码,户籍地址";
    private static final String WITHOUT_REGION = "序号,姓名,身份证号,人员类别,认定日期,乡镇,村,户籍地址";

    /** IDs issued in 隆回县 (430524). */
    static final String MOVED = id(1960, 13);
    static final String PLAIN = id(1962, 24);
    static final String KNOWN = id(1955, 31);
    static final String OTHER = id(1971, 45);

    @TempDir
    Path dir;

    private Database db;
    private Session clerk;
    private JdbcPersonStore store;
    private ListImporter importer;

    static String id(int year, int seq) {
        return IdNumbers.compose("430524", LocalDate.of(year, 3, 15), seq);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir);
        clerk = TestSessions.as(db, "clerk");
        store = new JdbcPersonStore(db, CLOCK);
        importer = new ListImporter(db, CLOCK);
        // 周九 is enrolled under the ID's region, 隆回县
        store.enrol(new PersonRecord(0, 0, "周九", KNOWN, null, null, null, "六都寨镇", "白水村", null, null, null, null,
                Insurance.RESIDENT, 2022, false), List.of(new CategoryRecord(0, 0, 0, Category.MINIMUM_LIVING,
                LocalDate.of(2022, 1, 1), null, Department.CIVIL_AFFAIRS, null, false)), clerk);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportPreview preview(String header, String... rows) {
        Table t = CsvReader.read("list.csv", header + "\n" + String.join("\n", rows) + "\n");
        return importer.preview(t, ColumnMapping.guess(t.headers()), ImportListener.NONE);
    }

    private String region(String idNumber) {
        return store.byIdNumber(idNumber).orElseThrow().region();
    }

    @Test
    void theRegionColumnIsGuessedButAnAddressColumnIsNot() {
        ColumnMapping m = ColumnMapping.guess(List.of("姓名", "户籍地址", "身份证号", "户籍地（区划代码）"));
        assertEquals(3, m.column(Field.REGION));
        assertEquals(-1, ColumnMapping.guess(List.of("姓名", "户籍地址", "行政区划名称")).column(Field.REGION));
        assertEquals(1, ColumnMapping.guess(List.of("姓名", "行政区划")).column(Field.REGION));
        assertEquals("户籍地区划代码", Field.REGION.label(java.util.Locale.SIMPLIFIED_CHINESE));
        assertFalse(Field.REGION.required());
    }

    @Test
    void withTheColumnANewPersonsRegionIsTheListsCode() {
        ImportPreview p = preview(WITH_REGION,
                "1,张大山," + MOVED + ",低保对象,2024-01-01,六都寨镇,石门村,371302,临沂市兰山区",
                "2,李秀英," + PLAIN + ",低保对象,2024-01-01,六都寨镇,石门村,,湖南省隆回县");
        assertEquals(List.of(RowOutcome.ADD, RowOutcome.ADD), p.rows().stream().map(PreviewRow::outcome).toList());
        assertEquals(1, p.noted());
        assertEquals(List.of(), p.rows().get(0).notes());
        assertFalse(p.rows().get(0).message().contains("暂定"), p.rows().get(0).message());
        // an empty cell: proposed from the ID number, and said
        assertEquals(List.of("户籍地按身份证号前六位暂定为 430524 邵阳市隆回县，可在人员页修改（须写明理由）"),
                p.rows().get(1).notes());
        importer.commit(p, clerk, ImportListener.NONE);
        assertEquals("371302", region(MOVED));
        assertEquals("430524", region(PLAIN));
    }

    @Test
    void withoutTheColumnTheRegionIsProposedFromTheIdNumberAndThePreviewSaysSo() {
        ImportPreview p = preview(WITHOUT_REGION, "1,张大山," + MOVED + ",低保对象,2024-01-01,六都寨镇,石门村,371302");
        assertFalse(p.mapping().has(Field.REGION));
        PreviewRow row = p.rows().get(0);
        assertEquals(RowOutcome.ADD, row.outcome());
        assertTrue(row.message().endsWith("户籍地按身份证号前六位暂定为 430524 邵阳市隆回县，可在人员页修改（须写明理由）"),
                row.message());
        assertTrue(row.message().startsWith("新登记人员 张大山"), row.message());
        assertEquals("Registered residence proposed from the ID number's first six digits: 430524 邵阳市隆回县; "
                + "change it on the person page (with a reason)",
                ImportMessages.format(java.util.Locale.ENGLISH, "Note.region.fromId", "430524", "邵阳市隆回县"));
        importer.commit(p, clerk, ImportListener.NONE);
        assertEquals("430524", region(MOVED));
    }

    @Test
    void aBadCodeRefusesItsRowOnly() {
        ImportPreview p = preview(WITH_REGION,
                "1,张大山," + MOVED + ",低保对象,2024-01-01,六都寨镇,石门村,999999,",
                "2,李秀英," + PLAIN + ",低保对象,2024-01-01,六都寨镇,石门村,430500,",
                "3,赵六," + OTHER + ",低保对象,2024-01-01,六都寨镇,石门村,隆回,",
                "4,钱七," + id(1972, 57) + ",低保对象,2024-01-01,六都寨镇,石门村,430524,");
        assertEquals(List.of(RowOutcome.REJECT, RowOutcome.REJECT, RowOutcome.REJECT, RowOutcome.ADD),
                p.rows().stream().map(PreviewRow::outcome).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(RejectReason.BAD_REGION, p.rows().get(i).reason());
        }
        assertEquals("户籍地“430500”不是有效的县级行政区划代码或名称（应为 GB/T 2260 六位代码如 430524，或县级名称如 邵阳市隆回县）",
                p.rows().get(1).message());
        assertEquals(new ImportResult(1, 0, 0, 3), importer.commit(p, clerk, ImportListener.NONE));
        assertTrue(store.byIdNumber(MOVED).isEmpty());
        assertEquals("430524", region(id(1972, 57)));
    }

    @Test
    void aCountysNameIsTakenForItsCodeWhenItNamesOneCountyOnly() {
        ImportPreview p = preview(WITH_REGION,
                "1,张大山," + MOVED + ",低保对象,2024-01-01,六都寨镇,石门村,隆回县,",
                "2,李秀英," + PLAIN + ",低保对象,2024-01-01,六都寨镇,石门村,临沂市 兰山区,",
                "3,赵六," + OTHER + ",低保对象,2024-01-01,六都寨镇,石门村,湖南省邵阳市邵东市,",
                "4,钱七," + id(1972, 57) + ",低保对象,2024-01-01,六都寨镇,石门村,朝阳区,");
        assertEquals(List.of(RowOutcome.ADD, RowOutcome.ADD, RowOutcome.ADD, RowOutcome.REJECT),
                p.rows().stream().map(PreviewRow::outcome).toList());
        assertEquals(RejectReason.AMBIGUOUS_REGION, p.rows().get(3).reason());
        assertEquals("户籍地“朝阳区”有多个同名县级区划（110105 北京市朝阳区、220104 长春市朝阳区），请填写区划代码或带上市名",
                p.rows().get(3).message());
        assertEquals(new ImportResult(3, 0, 0, 1), importer.commit(p, clerk, ImportListener.NONE));
        // 隆回县 is the current 430524, not the code of the same name retired in 1986 (432622)
        assertEquals("430524", region(MOVED));
        assertEquals("371302", region(PLAIN));
        assertEquals("430582", region(OTHER));
    }

    @Test
    void aStoredPersonsDifferentRegionIsKeptAndNoted() {
        String note = "名单户籍地 371302 临沂市兰山区 与台账 430524 邵阳市隆回县 不同，台账未改；如已迁移户籍请在人员页修改并写明理由";
        // nothing else differs: unchanged, yet the clerk is told
        ImportPreview same = preview(WITH_REGION, "1,周九," + KNOWN + ",低保对象,2022-01-01,六都寨镇,白水村,371302,");
        assertEquals(RowOutcome.UNCHANGED, same.rows().get(0).outcome());
        assertEquals(note, same.rows().get(0).message());
        assertFalse(same.hasWork());
        // the village differs too: that changes, the region does not
        ImportPreview moved = preview(WITH_REGION, "1,周九," + KNOWN + ",低保对象,2022-01-01,六都寨镇,石门村,371302,");
        PreviewRow row = moved.rows().get(0);
        assertEquals(RowOutcome.CHANGE, row.outcome());
        assertEquals(List.of("村：白水村 → 石门村"), row.changes());
        assertEquals(List.of(note), row.notes());
        importer.commit(moved, clerk, ImportListener.NONE);
        PersonRecord stored = store.byIdNumber(KNOWN).orElseThrow();
        assertEquals("石门村", stored.village());
        assertEquals("430524", stored.region());
        // the same region as stored: nothing to say
        ImportPreview again = preview(WITH_REGION, "1,周九," + KNOWN + ",低保对象,2022-01-01,六都寨镇,石门村,430524,");
        assertEquals(RowOutcome.UNCHANGED, again.rows().get(0).outcome());
        assertEquals("", again.rows().get(0).message());
    }

    @Test
    void aStoredPersonsRegionChangedOnThePersonPageIsNotUndoneByTheNextList() {
        PersonRecord p = store.byIdNumber(KNOWN).orElseThrow();
        store.changeRegion(p.id(), p.version(), "371302", "户籍迁至兰山区", clerk);
        ImportPreview list = preview(WITHOUT_REGION, "1,周九," + KNOWN + ",低保对象,2022-01-01,六都寨镇,石门村,");
        assertEquals(List.of(), list.rows().get(0).notes());
        importer.commit(list, clerk, ImportListener.NONE);
        assertEquals("371302", region(KNOWN));
    }

    @Test
    void aSecondRowOfANewPersonWithAnotherRegionKeepsTheFirstAndSaysSo() {
        ImportPreview p = preview(WITH_REGION,
                "1,张大山," + MOVED + ",低保对象,2024-01-01,六都寨镇,石门村,371302,",
                "2,张大山," + MOVED + ",特困人员,2024-02-01,六都寨镇,石门村,430524,");
        assertEquals(List.of(RowOutcome.ADD, RowOutcome.ADD), p.rows().stream().map(PreviewRow::outcome).toList());
        assertEquals(1, p.rows().get(1).notes().size());
        assertTrue(p.rows().get(1).notes().get(0).startsWith("本行户籍地 430524 邵阳市隆回县 与本名单前面该人员的 371302"),
                p.rows().get(1).notes().get(0));
        importer.commit(p, clerk, ImportListener.NONE);
        assertEquals("371302", region(MOVED));
    }
}
