package org.medaid.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRosterTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    static Path dir;

    private Database db;
    private JdbcRoster roster;
    private JdbcPersonStore store;
    private String zhangSanId;

    @BeforeAll
    void fill() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db);
        roster = new JdbcRoster(db);
        zhangSanId = People.id("430524", 1960, 13);
        enrol("张三", zhangSanId, "石门村", cat(Category.MINIMUM_LIVING, "2020-01-01", null));
        enrol("张三丰", People.id("430524", 1961, 15), "石门村", cat(Category.EXTREME_POOR, "2020-01-01", "2024-06-20"));
        enrol("张小明", People.id("430524", 1990, 17), "张家村", cat(Category.MINIMUM_LIVING, "2019-01-01", "2023-12-31"));
        enrol("李四", People.id("430524", 1970, 21), "张家村", cat(Category.MINIMUM_LIVING, "2024-01-01", "2024-07-15"));
        enrol("赵六", People.id("430524", 1980, 23), "石门村");
        enrol("曾国强", People.id("430524", 1950, 25), "白水村", cat(Category.ORPHAN, "2024-07-01", null));
        PersonRecord voided = enrol("张伪", People.id("430524", 1975, 27), "石门村", cat(Category.MINIMUM_LIVING, "2020-01-01", null));
        store.voidPerson(voided.id(), voided.version(), "重复", org.medaid.session.TestSessions.as(db, "clerk"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    private PersonRecord enrol(String name, String id, String village, CategoryRecord... cats) {
        return store.enrol(People.person(name, id, village), List.of(cats), org.medaid.session.TestSessions.as(db, "clerk"));
    }

    private static CategoryRecord cat(Category code, String from, String to) {
        return new CategoryRecord(0, 0, 0, code, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                Department.CIVIL_AFFAIRS, null, false);
    }

    private List<String> names(String text) {
        return names(new RosterQuery(text, null, false, TODAY));
    }

    private List<String> names(RosterQuery q) {
        List<String> names = roster.search(q, 0, 50).stream().map(RosterRow::name).toList();
        assertEquals(names.size(), roster.count(q), "count agrees with the rows for " + q);
        return names;
    }

    @Test
    void emptyTextListsEveryLivingPersonInPinyinInitialsOrder() {
        assertEquals(List.of("李四", "曾国强", "赵六", "张三", "张三丰", "张小明"), names(""));
    }

    @Test
    void namePrefixFindsTheNamesThatStartWithIt() {
        assertEquals(List.of("张三", "张三丰"), names("张三"));
    }

    @Test
    void aVillageNameFindsItsPeopleAndNamesStartingWithIt() {
        assertEquals(List.of("李四", "张小明"), names("张家村"));
        assertEquals(List.of("赵六", "张三", "张三丰"), names("石门村"));
        assertEquals(List.of("张三", "张三丰", "张小明"), names("张"), "one character is a surname only");
        assertEquals(List.of("李四", "张小明"), names("张家"));
        assertEquals(List.of("张三", "张三丰"), names("张三"));
    }

    @Test
    void pinyinInitialsFindNamesWhateverTheCase() {
        assertEquals(List.of("张三", "张三丰"), names("zs"));
        assertEquals(List.of("张三丰"), names("ZSF"));
        assertEquals(List.of("曾国强"), names("zgq"));
    }

    @Test
    void lastDigitsOfTheIdNumberFindThePerson() {
        assertEquals(List.of("张三"), names(zhangSanId.substring(14)));
        assertEquals(List.of("张三"), names(zhangSanId.substring(12)));
    }

    @Test
    void wholeOrStartOfIdNumberFindsThePerson() {
        assertEquals(List.of("张三"), names(zhangSanId));
        assertEquals(List.of("张三"), names(zhangSanId.substring(0, 12)));
    }

    @Test
    void fewerThanFourDigitsFindNothingYet() {
        assertEquals(List.of(), names(zhangSanId.substring(15)));
    }

    @Test
    void categoryFilterKeepsThoseHoldingItToday() {
        assertEquals(List.of("李四", "张三"), names(new RosterQuery("", Category.MINIMUM_LIVING, false, TODAY)));
        assertEquals(List.of(), names(new RosterQuery("", Category.ORPHAN, false, TODAY)));
        assertEquals(List.of("张三"), names(new RosterQuery("张三", Category.MINIMUM_LIVING, false, TODAY)));
        assertEquals(List.of("张三"), names(new RosterQuery("zs", Category.MINIMUM_LIVING, false, TODAY)));
        assertEquals(List.of("李四"), names(new RosterQuery("张家村", Category.MINIMUM_LIVING, false, TODAY)));
    }

    @Test
    void endingWithin30DaysKeepsThoseWhoseCategoryEndsSoon() {
        assertEquals(List.of("张三丰"), names(new RosterQuery("", null, true, TODAY)));
        assertEquals(List.of("李四", "张三丰"), names(new RosterQuery("", null, true, TODAY.plusDays(15))));
        assertEquals(List.of(), names(new RosterQuery("", Category.MINIMUM_LIVING, true, TODAY)));
        assertEquals(List.of("李四"), names(new RosterQuery("", Category.MINIMUM_LIVING, true, TODAY.plusDays(15))));
    }

    @Test
    void rowsCarryTodaysCategoriesAndTheNextEnd() {
        RosterRow row = roster.search(new RosterQuery("张三丰", null, false, TODAY), 0, 1).get(0);
        assertEquals(List.of(Category.EXTREME_POOR), row.categoriesToday());
        assertEquals(LocalDate.of(2024, 6, 20), row.nextCategoryEnd());
        RosterRow ended = roster.search(new RosterQuery("张小明", null, false, TODAY), 0, 1).get(0);
        assertEquals(List.of(), ended.categoriesToday());
        assertNull(ended.nextCategoryEnd());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        RosterQuery all = RosterQuery.all(TODAY);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            paged.addAll(roster.search(all, offset, 4).stream().map(RosterRow::name).toList());
        }
        assertEquals(names(""), paged);
        assertTrue(roster.search(all, 6, 4).isEmpty());
        assertEquals(6, roster.count(all));
    }
}
