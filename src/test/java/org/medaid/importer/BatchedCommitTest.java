package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.medaid.store.StoreException;

/** The commit by batches (ADR 0076): the preview's writes reused only while the store is as it saw it. */
class BatchedCommitTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));
    private static final String HEADER = "序号,姓名,身份证号,人员类别,认定日期,退出日期,认定部门,文号,乡镇,村,户主,户主身份证号,与户主关系";

    @TempDir
    Path dir;

    private static String number(int i) {
        return IdNumbers.compose("430524", LocalDate.of(1950, 1, 1).plusDays(i / 999), i % 999 + 1);
    }

    private static String name(int i) {
        return "张" + "一二三四五六七八九十".charAt(i % 10) + "山水林田湖".charAt((i / 10) % 5);
    }

    /** Rows of {@code n} people, 低保 from 2024-01-01 in {@code village}; person 1 heads person 0's household. */
    private static List<String> rows(int n, String village) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String head = i == 0 ? name(1) + "," + number(1) + ",配偶" : ",,";
            out.add((i + 1) + "," + name(i) + "," + number(i) + ",低保对象,2024-01-01,,民政,隆民〔2024〕1号,六都寨镇," + village
                    + "," + head);
        }
        return out;
    }

    private static Table table(List<String> rows) {
        return CsvReader.read("list.csv", HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private static ImportPreview preview(ListImporter importer, Table t) {
        return importer.preview(t, ColumnMapping.guess(t.headers()), ImportListener.NONE);
    }

    @Test
    void aCommitAfterTheStoreChangedClassifiesAgainAndWritesOverTheNewVersions() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            JdbcPersonStore store = new JdbcPersonStore(db, CLOCK);
            ListImporter importer = new ListImporter(db, CLOCK);
            importer.commit(preview(importer, table(rows(3, "石门村"))), clerk, ImportListener.NONE);
            ImportPreview p = preview(importer, table(rows(3, "白水村")));
            assertEquals(3, p.count(RowOutcome.CHANGE));
            // after the preview, the person screen records a phone number (not a column of the list): each row still
            // does what the preview said, but over a newer version, so the preview's writes would be stale
            PersonRecord third = store.byIdNumber(number(2)).orElseThrow();
            store.update(new PersonRecord(third.id(), third.version(), third.name(), third.idNumber(), third.birthDate(),
                    third.sex(), third.region(), third.township(), third.village(), third.householdHeadId(), third.relation(),
                    "13800000003", third.bankAccount(), third.insurance(), third.enrolmentYear(), false), clerk);

            assertEquals(new ImportResult(0, 3, 0, 0), importer.commit(p, clerk, ImportListener.NONE));
            PersonRecord after = store.byIdNumber(number(2)).orElseThrow();
            assertEquals("白水村", after.village());
            assertEquals("13800000003", after.phone());
            assertEquals(third.version() + 2, after.version());
        }
    }

    @Test
    void aCommitAfterTheStoreChangedARowIsRefusedNamingTheRow() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            ListImporter importer = new ListImporter(db, CLOCK);
            ImportPreview p = preview(importer, table(rows(5, "石门村")));
            new JdbcPersonStore(db, CLOCK).enrol(new PersonRecord(0, 0, name(3), number(3), null, null, null, "六都寨镇",
                    "石门村", null, null, null, null, Insurance.RESIDENT, 2024, false), List.of(), clerk);
            String before = StoreDump.of(db);
            StoreException e = assertThrows(StoreException.class, () -> importer.commit(p, clerk, ImportListener.NONE));
            // line 5 of the file (the header is line 1) adds a category to the person now stored, no longer a person
            assertEquals("预览之后数据已被修改，第 5 行的导入结果已不同（现在：变更；预览时：新增）。未导入任何数据，请重新预览",
                    e.getMessage());
            assertEquals(before, StoreDump.of(db));
        }
    }

    @Test
    void aRowFailingAfterThousandsWrittenLeavesNothingAndNoAuditRow() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            ListImporter importer = new ListImporter(db, CLOCK);
            List<String> rows = rows(2500, "石门村");
            // the last row's 户主 is person 0, a member of person 1's household: refused once the heads are written
            rows.add("2501,王小二," + number(2600) + ",低保对象,2024-01-01,,民政,,六都寨镇,石门村," + name(0) + ","
                    + number(0) + ",子女");
            ImportPreview p = preview(importer, table(rows));
            assertEquals(2501, p.count(RowOutcome.ADD));
            String before = StoreDump.of(db);
            int[] written = {0};
            StoreException e = assertThrows(StoreException.class,
                    () -> importer.commit(p, clerk, (done, total) -> written[0] = done));
            assertTrue(written[0] >= 2000, "the failure comes after batches were written: " + written[0]);
            assertTrue(e.getMessage().contains("户主"), e.getMessage());
            assertEquals(before, StoreDump.of(db));
        }
    }

    @Test
    void auditRowsOfTheBatchedImportAreThoseOfTheRowByRowPath() {
        List<String> batched;
        try (Database db = Database.open(dir.resolve("batched"))) {
            Session clerk = TestSessions.as(db, "clerk");
            ListImporter importer = new ListImporter(db, CLOCK);
            importer.commit(preview(importer, table(rows(40, "石门村"))), clerk, ImportListener.NONE);
            List<String> changes = rows(40, "白水村");
            changes.set(7, "8," + name(7) + "," + number(7) + ",低保对象,2024-01-01,2024-05-31,民政,隆民〔2024〕1号,六都寨镇,白水村,,");
            importer.commit(preview(importer, table(changes)), clerk, ImportListener.NONE);
            batched = audit(db);
        }
        List<String> rowByRow;
        try (Database db = Database.open(dir.resolve("row-by-row"))) {
            Session clerk = TestSessions.as(db, "clerk");
            JdbcPersonStore store = new JdbcPersonStore(db, CLOCK);
            // the importer's order: people on their own and heads, then members; a person's category after them
            List<Integer> order = new ArrayList<>();
            for (int i = 1; i < 40; i++) {
                order.add(i);
            }
            order.add(0);
            List<PersonRecord> people = new ArrayList<>();
            for (int i : order) {
                Long head = i == 0 ? people.get(0).id() : null;
                people.add(store.enrol(new PersonRecord(0, 0, name(i), number(i), null, null, null, "六都寨镇", "石门村", head,
                        i == 0 ? "配偶" : null, null, null, Insurance.RESIDENT, 2024, false), List.of(), clerk));
            }
            for (PersonRecord p : people) {
                store.addCategory(new CategoryRecord(0, 0, p.id(), Category.MINIMUM_LIVING, LocalDate.of(2024, 1, 1), null,
                        Department.CIVIL_AFFAIRS, "隆民〔2024〕1号", false), clerk);
            }
            for (PersonRecord p : people) {
                PersonRecord now = store.byId(p.id()).orElseThrow();
                store.update(new PersonRecord(now.id(), now.version(), now.name(), now.idNumber(), now.birthDate(),
                        now.sex(), now.region(), now.township(), "白水村", now.householdHeadId(), now.relation(), now.phone(),
                        now.bankAccount(), now.insurance(), now.enrolmentYear(), false), clerk);
            }
            PersonRecord eighth = store.byIdNumber(number(7)).orElseThrow();
            CategoryRecord k = store.categories(eighth.id()).get(0);
            store.endCategory(k.id(), k.version(), LocalDate.of(2024, 5, 31), clerk);
            rowByRow = audit(db);
        }
        assertEquals(40 + 40 + 40 + 1, batched.stream().filter(a -> a.contains("|person")).count());
        assertEquals(rowByRow, batched);
    }

    /** The audit rows on people and categories, without their times and hashes, in a fixed order. */
    private static List<String> audit(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT action, table_name, record_id, "
                    + "user_name, old_value, new_value FROM audit WHERE table_name IN ('person', 'person_category')")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6));
                }
            }
            out.sort(null);
            return out;
        });
    }
}
