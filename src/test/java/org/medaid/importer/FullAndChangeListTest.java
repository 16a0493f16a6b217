package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Category;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.store.StoreException;

/** Full lists end who they do not name; change lists apply additions and exits; every import is logged. */
class FullAndChangeListTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 7, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    static final String STAYS = id(1955, 31);
    static final String MISSING = id(1950, 45);
    static final String OTHER_DEPT = id(1952, 53);
    static final String NEW = id(1966, 67);

    @TempDir
    Path dir;
    Database db;
    JdbcPersonStore store;
    ListImporter importer;
    Session clerk;

    static String id(int year, int seq) {
        return IdNumbers.compose("371302", LocalDate.of(year, 3, 15), seq);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db, CLOCK);
        importer = new ListImporter(db, CLOCK);
        clerk = TestSessions.as(db, "clerk");
        enrol("周九", STAYS, Category.MINIMUM_LIVING, Department.CIVIL_AFFAIRS);
        enrol("吴十", MISSING, Category.MINIMUM_LIVING, Department.CIVIL_AFFAIRS);
        enrol("郑一", OTHER_DEPT, Category.LIFTED, Department.RURAL_REVITALISATION);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void enrol(String name, String id, Category code, Department dept) {
        enrol(name, id, code, dept, "东村");
    }

    private void enrol(String name, String id, Category code, Department dept, String village) {
        store.enrol(new PersonRecord(0, 0, name, id, null, null, null, "义堂镇", village, null, null, null, null,
                org.medaid.model.Insurance.RESIDENT, 2022, false),
                List.of(new CategoryRecord(0, 0, 0, code, LocalDate.of(2022, 1, 1), null, dept, null, false)), clerk);
    }

    private ImportPreview preview(String csv, ListInfo info) {
        Table t = CsvReader.read("list.csv", csv);
        return importer.preview(t, ColumnMapping.guess(t.headers()), info, ImportListener.NONE);
    }

    private CategoryRecord only(String idNumber) {
        PersonRecord p = store.byIdNumber(idNumber).orElseThrow();
        List<CategoryRecord> ks = store.categories(p.id()).stream().filter(k -> !k.voided()).toList();
        assertEquals(1, ks.size(), ks.toString());
        return ks.get(0);
    }

    @Test
    void aFullListEndsTheCategoryOfAPersonItDoesNotNameOnTheListsDate() {
        String csv = String.join("\n", "姓名,身份证号,人员类别,认定日期,认定部门",
                "周九," + STAYS + ",低保对象,2022-01-01,民政",
                "王新," + NEW + ",低保对象,2024-06-01,民政", "");
        ListInfo info = ListInfo.of(ListKind.FULL, Department.CIVIL_AFFAIRS, YearMonth.of(2024, 6), "民政6月全量.csv");
        ImportPreview p = preview(csv, info);
        assertEquals(1, p.endings().size(), p.endings().toString());
        ListEnding e = p.endings().get(0);
        assertEquals("吴十", e.name());
        assertEquals(LocalDate.of(2024, 6, 30), e.endOn());
        assertNull(only(MISSING).to(), "the preview wrote nothing");

        ImportResult r = importer.commit(p, clerk, ImportListener.NONE);
        assertEquals(new ImportResult(1, 0, 1, 0, 0, 1), r);
        assertEquals(LocalDate.of(2024, 6, 30), only(MISSING).to());
        assertNull(only(STAYS).to());
        assertNull(only(OTHER_DEPT).to(), "a 乡村振兴 category is outside a 民政 list's scope");

        ImportLogEntry logged = new ImportLog(db).recent(5).get(0);
        assertEquals("民政6月全量.csv", logged.fileName());
        assertEquals(info, logged.info());
        assertEquals("clerk", logged.user());
        assertEquals(r, logged.result());
    }

    @Test
    void aFullListsEndingsAreInTheOrderOfVillageNameAndPersonAsH2WouldSortThem() {
        String[][] people = {{"张三", "西村"}, {"李四", null}, {"王五", "东村"}, {"赵六", "西村"}, {"钱七", "北村"},
                {"孙八", null}, {"Anna", "西村"}, {"阿强", "东村"}};
        for (int i = 0; i < people.length; i++) {
            enrol(people[i][0], id(1960 + i, 11 + 2 * i), Category.MINIMUM_LIVING, Department.CIVIL_AFFAIRS, people[i][1]);
        }
        String csv = String.join("\n", "姓名,身份证号,人员类别,认定日期,认定部门", "周九," + STAYS + ",低保对象,2022-01-01,民政", "");
        ImportPreview p = preview(csv, ListInfo.of(ListKind.FULL, Department.CIVIL_AFFAIRS, YearMonth.of(2024, 6), "c.csv"));
        List<String> sortedByH2 = db.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT p.id_number FROM person_category k JOIN person p "
                    + "ON p.id = k.person_id WHERE k.code = 'MINIMUM_LIVING' AND p.id_number <> '" + STAYS + "' "
                    + "ORDER BY p.village, p.sort_key, p.id, k.code")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertEquals(people.length + 1, sortedByH2.size(), "every ending is of 低保对象: " + sortedByH2);
        assertEquals(sortedByH2, p.endings().stream().map(ListEnding::idNumber).toList());
    }

    @Test
    void aFullListThatNoLongerMatchesTheStoreIsRefusedWhole() {
        String csv = String.join("\n", "姓名,身份证号,人员类别,认定日期", "周九," + STAYS + ",低保对象,2022-01-01", "");
        ImportPreview p = preview(csv, ListInfo.of(ListKind.FULL, Department.CIVIL_AFFAIRS, YearMonth.of(2024, 6), "a.csv"));
        assertEquals(1, p.endings().size());
        CategoryRecord k = only(MISSING);
        store.endCategory(k.id(), k.version(), LocalDate.of(2024, 5, 31), clerk);
        assertThrows(StoreException.class, () -> importer.commit(p, clerk, ImportListener.NONE));
        assertTrue(new ImportLog(db).recent(5).isEmpty(), "a refused import is not logged");
        assertEquals(LocalDate.of(2024, 5, 31), only(MISSING).to());
    }

    @Test
    void aChangeListAppliesAdditionsAndExits() {
        String csv = String.join("\n", "姓名,身份证号,人员类别,认定日期,退出日期,变动类型",
                "王新," + NEW + ",低保对象,2024-06-01,,新增",
                "吴十," + MISSING + ",低保对象,2022-01-01,2024-06-15,退出",
                "周九," + STAYS + ",低保对象,2022-01-01,,退出",
                "郑一," + OTHER_DEPT + ",特困人员,2022-01-01,,退出",
                "郑一," + OTHER_DEPT + ",低保对象,2022-01-01,,调整", "");
        ImportPreview p = preview(csv, ListInfo.of(ListKind.CHANGE, Department.CIVIL_AFFAIRS, YearMonth.of(2024, 6), "b.csv"));
        assertEquals(List.of(RowOutcome.ADD, RowOutcome.CHANGE, RowOutcome.CHANGE, RowOutcome.REJECT, RowOutcome.REJECT),
                p.rows().stream().map(PreviewRow::outcome).toList());
        assertEquals(List.of("退出：低保对象 止于 2024-06-15"), p.rows().get(1).changes());
        assertEquals(RejectReason.EXIT_NOT_HELD, p.rows().get(3).reason());
        assertEquals(RejectReason.UNKNOWN_CHANGE_TYPE, p.rows().get(4).reason());
        assertTrue(p.endings().isEmpty(), "a change list ends nobody it does not name");

        ImportResult r = importer.commit(p, clerk, ImportListener.NONE);
        assertEquals(new ImportResult(1, 2, 0, 2, 2, 0), r);
        assertEquals(LocalDate.of(2024, 6, 15), only(MISSING).to());
        assertEquals(LocalDate.of(2024, 6, 30), only(STAYS).to(), "an exit without a date ends on the list's date");
        assertEquals(Category.MINIMUM_LIVING, only(NEW).code());
        assertEquals(ListKind.CHANGE, new ImportLog(db).recent(5).get(0).info().kind());
    }
}
