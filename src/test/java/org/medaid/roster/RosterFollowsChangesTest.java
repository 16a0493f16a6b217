package org.medaid.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;

class RosterFollowsChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    Path dir;

    private Database db;
    private JdbcPersonStore store;
    private JdbcRoster roster;
    private PersonRecord person;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db);
        roster = new JdbcRoster(db);
        person = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(new CategoryRecord(0, 0, 0,
                Category.MINIMUM_LIVING, LocalDate.of(2020, 1, 1), null, Department.CIVIL_AFFAIRS, null, false)), org.medaid.session.TestSessions.as(db, "clerk"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int found(String text, Category category) {
        return roster.count(new RosterQuery(text, category, false, TODAY));
    }

    @Test
    void aRenamedPersonIsFoundByTheNewNameAndInitials() {
        // a name changes only by 更正 with a reason (ADR 0032)
        store.correctIdentity(person.id(), person.version(), "李三", person.idNumber(), "户口本核对，姓名录错",
                org.medaid.session.TestSessions.as(db, "clerk"));
        assertEquals(0, found("张三", null));
        assertEquals(1, found("李三", null));
        assertEquals(1, found("李三", Category.MINIMUM_LIVING));
        assertEquals(1, found("ls", Category.MINIMUM_LIVING));
        assertEquals(0, found("zs", Category.MINIMUM_LIVING));
    }

    @Test
    void aVoidedPersonLeavesEverySearch() {
        store.voidPerson(person.id(), person.version(), "重复", org.medaid.session.TestSessions.as(db, "clerk"));
        for (String text : List.of("", "张三", "zs", "石门村", person.idNumber(), person.idNumber().substring(14))) {
            assertEquals(0, found(text, null), text);
            assertEquals(0, found(text, Category.MINIMUM_LIVING), text);
        }
        assertEquals(List.of(), roster.search(RosterQuery.all(TODAY), 0, 10));
    }

    @Test
    void aVoidedCategoryLeavesTheCategoryFilter() {
        CategoryRecord k = store.categories(person.id()).get(0);
        store.voidCategory(k.id(), k.version(), "误录", org.medaid.session.TestSessions.as(db, "clerk"));
        assertEquals(0, found("", Category.MINIMUM_LIVING));
        assertEquals(1, found("", null));
    }
}
