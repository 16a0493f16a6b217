package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.store.StoreException;

class ListImporterTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    static final String HEAD = id(1960, 13);
    static final String WIFE = id(1962, 24);
    static final String KNOWN = id(1955, 31);
    static final String LEAVER = id(1950, 45);
    static final String BAD = HEAD.substring(0, 17) + (HEAD.charAt(17) == '1' ? '2' : '1');

    /** The list: every kind of row once; line numbers in the comments count the header as line 1. */
    static final String CSV = String.join("\n",
            "序号,姓名,身份证号,人员类别,认定日期,退出日期,认定部门,文号,乡镇,村,户主,户主身份证号,与户主关系,联系电话",
            "1,张大山," + HEAD + ",低保户,2023-01-01,,民政,隆民〔2023〕1号,六都寨镇,石门村,张大山," + HEAD + ",本人,13800000001",
            "2,李秀英," + WIFE + ",低保对象,2023/1/1,,民政,隆民〔2023〕1号,六都寨镇,石门村,张大山," + HEAD + ",配偶,",
            "3,王五," + BAD + ",特困人员,2023-01-01,,民政,,六都寨镇,石门村,,,,",
            "4,赵六," + id(1970, 57) + ",监测户,2023-01-01,,乡村振兴,,六都寨镇,石门村,,,,",
            "5,钱七," + id(1971, 69) + ",五好家庭,2023-01-01,,民政,,六都寨镇,石门村,,,,",
            "6,孙八," + id(1972, 71) + ",特困供养,2023-05-01,2023-01-01,民政,,六都寨镇,石门村,,,,",
            "7,张大山," + HEAD + ",低保户,2023-01-01,,民政,隆民〔2023〕1号,六都寨镇,石门村,张大山," + HEAD + ",本人,13800000001",
            "8,周九," + KNOWN + ",低保,2022-01-01,,民政,,六都寨镇,白水村,,,,",
            "9,吴十," + LEAVER + ",特困人员,2021-03-01,2024-05-31,民政,,六都寨镇,白水村,,,,",
            "");

    @TempDir
    Path dir;

    private Database db;
    private JdbcPersonStore store;
    private ListImporter importer;

    static String id(int year, int seq) {
        return IdNumbers.compose("430524", LocalDate.of(year, 3, 15), seq);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db, CLOCK);
        importer = new ListImporter(db, CLOCK);
        enrol("周九", KNOWN, Category.MINIMUM_LIVING, LocalDate.of(2022, 1, 1));
        enrol("吴十", LEAVER, Category.EXTREME_POOR, LocalDate.of(2021, 3, 1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void enrol(String name, String id, Category code, LocalDate from) {
        store.enrol(new PersonRecord(0, 0, name, id, null, null, null, "六都寨镇", "白水村", null, null, null, null,
                org.medaid.model.Insurance.RESIDENT, 2022, false),
                List.of(new CategoryRecord(0, 0, 0, code, from, null, Department.CIVIL_AFFAIRS, null, false)), org.medaid.session.TestSessions.as(db, "clerk"));
    }

    private ImportPreview preview() {
        Table t = CsvReader.read("list.csv", CSV);
        return importer.preview(t, ColumnMapping.guess(t.headers()), ImportListener.NONE);
    }

    @Test
    void previewClassifiesEveryRowWithItsReason() {
        List<PreviewRow> rows = preview().rows();
        assertEquals(9, rows.size());
        assertEquals(List.of(RowOutcome.ADD, RowOutcome.ADD, RowOutcome.REJECT, RowOutcome.REJECT, RowOutcome.REJECT,
                RowOutcome.REJECT, RowOutcome.REJECT, RowOutcome.UNCHANGED, RowOutcome.CHANGE),
                rows.stream().map(PreviewRow::outcome).toList());
        assertEquals(RejectReason.BAD_ID, rows.get(2).reason());
        assertTrue(rows.get(2).message().contains("校验位"), rows.get(2).message());
        assertEquals(RejectReason.AMBIGUOUS_CATEGORY, rows.get(3).reason());
        assertEquals(RejectReason.UNKNOWN_CATEGORY, rows.get(4).reason());
        assertEquals(RejectReason.END_BEFORE_START, rows.get(5).reason());
        assertEquals(RejectReason.DUPLICATE_IN_FILE, rows.get(6).reason());
        assertEquals("与第 2 行重复（同一身份证号、类别和认定日期）", rows.get(6).message());
        assertEquals(List.of("类别 特困人员 退出日期：— → 2024-05-31"), rows.get(8).changes());
    }

    @Test
    void previewWritesNothing() {
        String before = StoreDump.of(db);
        preview();
        assertEquals(before, StoreDump.of(db));
    }

    @Test
    void commitAddsPeopleWithTheirHouseholdAndEndsTheCategory() {
        ImportResult result = importer.commit(preview(), org.medaid.session.TestSessions.as(db, "clerk"), ImportListener.NONE);
        assertEquals(new ImportResult(2, 1, 1, 5), result);
        PersonRecord head = store.byIdNumber(HEAD).orElseThrow();
        PersonRecord wife = store.byIdNumber(WIFE).orElseThrow();
        assertEquals(head.id(), wife.householdHeadId());
        assertEquals("配偶", wife.relation());
        assertEquals(Category.MINIMUM_LIVING, store.categories(head.id()).get(0).code());
        PersonRecord leaver = store.byIdNumber(LEAVER).orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 31), store.categories(leaver.id()).get(0).to());
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        importer.commit(preview(), org.medaid.session.TestSessions.as(db, "clerk"), ImportListener.NONE);
        String after = StoreDump.of(db);
        ImportPreview again = preview();
        assertEquals(0, again.count(RowOutcome.ADD) + again.count(RowOutcome.CHANGE));
        assertEquals(4, again.count(RowOutcome.UNCHANGED));
        importer.commit(again, org.medaid.session.TestSessions.as(db, "clerk"), ImportListener.NONE);
        assertEquals(after, StoreDump.of(db));
    }

    @Test
    void aCommitFailingHalfWayChangesNothing() {
        String before = StoreDump.of(db);
        ImportPreview p = preview();
        ImportListener failing = (done, total) -> {
            if (done == 3) {
                throw new IllegalStateException("disk full");
            }
        };
        assertThrows(IllegalStateException.class, () -> importer.commit(p, org.medaid.session.TestSessions.as(db, "clerk"), failing));
        assertEquals(before, StoreDump.of(db));
    }

    @Test
    void aCancelledCommitChangesNothing() {
        String before = StoreDump.of(db);
        ImportPreview p = preview();
        int[] seen = {0};
        ImportListener cancelling = new ImportListener() {
            @Override
            public void progress(int done, int total) {
                seen[0] = done;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 2;
            }
        };
        assertThrows(ImportCancelledException.class, () -> importer.commit(p, org.medaid.session.TestSessions.as(db, "clerk"), cancelling));
        assertEquals(before, StoreDump.of(db));
    }

    @Test
    void commitIsRefusedWhenTheStoreChangedSinceThePreview() {
        ImportPreview p = preview();
        enrol("张大山", HEAD, Category.MINIMUM_LIVING, LocalDate.of(2023, 1, 1));
        String before = StoreDump.of(db);
        assertThrows(StoreException.class, () -> importer.commit(p, org.medaid.session.TestSessions.as(db, "clerk"), ImportListener.NONE));
        assertEquals(before, StoreDump.of(db));
    }

    @Test
    void progressReachesEveryRow() {
        int[] last = {0, 0};
        Table t = CsvReader.read("list.csv", CSV);
        importer.preview(t, ColumnMapping.guess(t.headers()), (done, total) -> {
            last[0] = done;
            last[1] = total;
        });
        assertEquals(9, last[0]);
        assertEquals(9, last[1]);
    }

    @Test
    void aMappingWithoutARequiredColumnIsRefused() {
        Table t = CsvReader.read("list.csv", CSV);
        ColumnMapping m = ColumnMapping.guess(t.headers()).with(Field.CATEGORY, -1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importer.preview(t, m, ImportListener.NONE));
        assertTrue(e.getMessage().contains("人员类别"), e.getMessage());
    }
}
