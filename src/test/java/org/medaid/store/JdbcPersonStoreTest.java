package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.identity.IdProblem;
import org.medaid.identity.Sex;
import org.medaid.model.Category;

class JdbcPersonStoreTest {

    @TempDir
    Path dir;

    private Database db;
    private JdbcPersonStore store;
    private JdbcAuditLog audit;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db);
        audit = new JdbcAuditLog(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CategoryRecord category(Category code, LocalDate from, LocalDate to) {
        return new CategoryRecord(0, 0, 0, code, from, to, Department.CIVIL_AFFAIRS, "隆民发〔2023〕5号", false);
    }

    @Test
    void enrolDerivesBirthDateSexAndRegionFromTheIdNumber() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        assertTrue(p.id() > 0);
        assertEquals(1, p.version());
        assertEquals(LocalDate.of(1960, 3, 15), p.birthDate());
        assertEquals(Sex.MALE, p.sex());
        assertEquals("430524", p.region());
        assertEquals(p, store.byId(p.id()).orElseThrow());
        assertEquals(p, store.byIdNumber(p.idNumber()).orElseThrow());
    }

    @Test
    void enrolSurvivesAReopenOfTheFile() {
        PersonRecord p = store.enrol(People.person("李四", People.id("445122", 1970, 22), "东山村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        db.close();
        db = Database.open(dir);
        assertEquals(p, new JdbcPersonStore(db).byId(p.id()).orElseThrow());
    }

    @Test
    void duplicateIdNumberIsRefusedWithTheExistingPerson() {
        String id = People.id("371302", 1955, 31);
        PersonRecord first = store.enrol(People.person("王五", id, "李官村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        DuplicateIdNumberException e = assertThrows(DuplicateIdNumberException.class,
                () -> store.enrol(People.person("王五", id, "李官村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk")));
        assertEquals(first.id(), e.existingPersonId());
    }

    @Test
    void badCheckDigitIsRefusedWithItsReason() {
        String good = People.id("430524", 1960, 13);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        InvalidIdNumberException e = assertThrows(InvalidIdNumberException.class,
                () -> store.enrol(People.person("张三", bad, "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk")));
        assertEquals(IdProblem.CHECK_DIGIT, e.problem());
    }

    @Test
    void idNumberWhoseFirstSixDigitsAreNoAdministrativeCodeIsRefused() {
        InvalidIdNumberException e = assertThrows(InvalidIdNumberException.class,
                () -> store.enrol(People.person("张三", People.id("999999", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk")));
        assertEquals(IdProblem.UNKNOWN_REGION, e.problem());
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndChangesNothing() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        PersonRecord firstWindow = withPhone(p, "13911112222");
        PersonRecord secondWindow = withPhone(p, "13733334444");
        PersonRecord saved = store.update(firstWindow, org.medaid.session.TestSessions.as(db, "clerk1"));
        assertEquals(2, saved.version());
        assertThrows(StaleRecordException.class, () -> store.update(secondWindow, org.medaid.session.TestSessions.as(db, "clerk2")));
        assertEquals("13911112222", store.byId(p.id()).orElseThrow().phone());
    }

    @Test
    void voidKeepsTheRowAndFreesTheIdNumber() {
        String id = People.id("430524", 1960, 13);
        PersonRecord p = store.enrol(People.person("张三", id, "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        store.voidPerson(p.id(), p.version(), "录入错误", org.medaid.session.TestSessions.as(db, "clerk"));
        PersonRecord voided = store.byId(p.id()).orElseThrow();
        assertTrue(voided.voided());
        assertTrue(store.byIdNumber(id).isEmpty());
        PersonRecord again = store.enrol(People.person("张三", id, "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        assertFalse(again.id() == p.id());
    }

    @Test
    void voidWithAStaleVersionIsRefused() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        store.update(withPhone(p, "13911112222"), org.medaid.session.TestSessions.as(db, "clerk"));
        assertThrows(StaleRecordException.class, () -> store.voidPerson(p.id(), p.version(), "录入错误", org.medaid.session.TestSessions.as(db, "clerk")));
        assertFalse(store.byId(p.id()).orElseThrow().voided());
    }

    @Test
    void everyInsertChangeAndVoidIsAudited() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk1"));
        PersonRecord changed = store.update(withPhone(p, "13911112222"), org.medaid.session.TestSessions.as(db, "clerk2"));
        store.voidPerson(p.id(), changed.version(), "重复录入", org.medaid.session.TestSessions.as(db, "clerk3"));
        List<AuditEntry> trail = audit.forRecord("person", p.id());
        assertEquals(List.of("INSERT", "UPDATE", "VOID"), trail.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("clerk1", "clerk2", "clerk3"), trail.stream().map(AuditEntry::user).toList());
        assertNull(trail.get(0).oldValue());
        assertTrue(trail.get(1).oldValue().contains("13800000000"));
        assertTrue(trail.get(1).newValue().contains("13911112222"));
        assertTrue(trail.get(2).newValue().contains("重复录入"));
        assertEquals(3, audit.latest(10).size());
    }

    @Test
    void categoriesKeepHistoryWithEndDates() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"),
                List.of(category(Category.MINIMUM_LIVING, LocalDate.of(2021, 1, 1), null)), org.medaid.session.TestSessions.as(db, "clerk"));
        CategoryRecord low = store.categories(p.id()).get(0);
        CategoryRecord ended = store.endCategory(low.id(), low.version(), LocalDate.of(2023, 6, 30), org.medaid.session.TestSessions.as(db, "clerk"));
        assertEquals(LocalDate.of(2023, 6, 30), ended.to());
        store.addCategory(new CategoryRecord(0, 0, p.id(), Category.MARGINAL, LocalDate.of(2023, 7, 1), null,
                Department.CIVIL_AFFAIRS, null, false), org.medaid.session.TestSessions.as(db, "clerk"));
        List<CategoryRecord> all = store.categories(p.id());
        assertEquals(List.of(Category.MINIMUM_LIVING, Category.MARGINAL), all.stream().map(CategoryRecord::code).toList());
        assertEquals(List.of("INSERT", "UPDATE"), audit.forRecord("person_category", low.id()).stream()
                .map(AuditEntry::action).toList());
    }

    @Test
    void categoryEndingBeforeItStartsIsRefused() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        assertThrows(IllegalArgumentException.class, () -> store.addCategory(new CategoryRecord(0, 0, p.id(),
                Category.MINIMUM_LIVING, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1), null, null, false), org.medaid.session.TestSessions.as(db, "clerk")));
        assertTrue(store.categories(p.id()).isEmpty());
    }

    @Test
    void voidedCategoryStaysInTheHistory() {
        PersonRecord p = store.enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"),
                List.of(category(Category.ORPHAN, LocalDate.of(2021, 1, 1), null)), org.medaid.session.TestSessions.as(db, "clerk"));
        CategoryRecord c = store.categories(p.id()).get(0);
        store.voidCategory(c.id(), c.version(), "误录", org.medaid.session.TestSessions.as(db, "clerk"));
        CategoryRecord after = store.categories(p.id()).get(0);
        assertTrue(after.voided());
        assertThrows(StoreException.class, () -> store.endCategory(c.id(), after.version(), LocalDate.of(2024, 1, 1), org.medaid.session.TestSessions.as(db, "clerk")));
    }

    @Test
    void enrolWithABadCategoryLeavesNoPersonBehind() {
        String id = People.id("430524", 1960, 13);
        assertThrows(IllegalArgumentException.class, () -> store.enrol(People.person("张三", id, "石门村"),
                List.of(category(Category.ORPHAN, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1))), org.medaid.session.TestSessions.as(db, "clerk")));
        assertTrue(store.byIdNumber(id).isEmpty());
        assertTrue(audit.latest(10).isEmpty());
    }

    @Test
    void householdListsTheHeadFirst() {
        PersonRecord head = store.enrol(People.person("张大山", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        store.enrol(People.member("李秀英", People.id("430524", 1962, 24), "石门村", head.id(), "配偶"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        store.enrol(People.member("张小明", People.id("430524", 1990, 35), "石门村", head.id(), "子女"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        List<PersonRecord> members = store.household(head.id());
        assertEquals(List.of("张大山", "李秀英", "张小明"), members.stream().map(PersonRecord::name).toList());
        assertEquals("配偶", members.get(1).relation());
    }

    @Test
    void aMemberCannotHeadAnotherHousehold() {
        PersonRecord head = store.enrol(People.person("张大山", People.id("430524", 1960, 13), "石门村"), List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        PersonRecord wife = store.enrol(People.member("李秀英", People.id("430524", 1962, 24), "石门村", head.id(), "配偶"),
                List.of(), org.medaid.session.TestSessions.as(db, "clerk"));
        assertThrows(StoreException.class, () -> store.enrol(
                People.member("张小明", People.id("430524", 1990, 35), "石门村", wife.id(), "子女"), List.of(), org.medaid.session.TestSessions.as(db, "clerk")));
    }

    private static PersonRecord withPhone(PersonRecord p, String phone) {
        return new PersonRecord(p.id(), p.version(), p.name(), p.idNumber(), p.birthDate(), p.sex(), p.region(),
                p.township(), p.village(), p.householdHeadId(), p.relation(), phone, p.bankAccount(), p.insurance(),
                p.enrolmentYear(), p.voided());
    }
}
