package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.store.StoreException;

/** Linyi: hand edits of categories between lists are held and applied with the next list (临医保发〔2022〕13号 六). */
class HeldEditsTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 12).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    static final String ZHOU = IdNumbers.compose("371302", LocalDate.of(1955, 3, 15), 31);
    static final String WU = IdNumbers.compose("371302", LocalDate.of(1950, 3, 15), 45);

    @TempDir
    Path dir;
    Database db;
    JdbcPersonStore store;
    HeldEdits held;
    Session clerk;
    PersonRecord zhou;
    PersonRecord wu;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db, CLOCK);
        held = new HeldEdits(db, CLOCK, PolicyRegistry::bundled);
        clerk = TestSessions.as(db, "clerk");
        zhou = enrol("周九", ZHOU);
        wu = enrol("吴十", WU);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PersonRecord enrol(String name, String id) {
        return store.enrol(new PersonRecord(0, 0, name, id, null, null, null, "义堂镇", "东村", null, null, null, null,
                org.medaid.model.Insurance.RESIDENT, 2022, false), List.of(new CategoryRecord(0, 0, 0, Category.MINIMUM_LIVING,
                        LocalDate.of(2022, 1, 1), null, Department.CIVIL_AFFAIRS, null, false)), clerk);
    }

    private CategoryRecord category(PersonRecord p, Category code) {
        return store.categories(p.id()).stream().filter(k -> !k.voided() && k.code() == code).findFirst().orElse(null);
    }

    @Test
    void onlyLinyiHoldsEdits() {
        assertTrue(held.heldUnder("371302").contains("临医保发〔2022〕13号 六"));
        assertNull(held.heldUnder("430522"));
    }

    @Test
    void heldEditsWaitForTheNextListAndThenApply() {
        HeldEdit add = held.holdAdd(new CategoryRecord(0, 0, zhou.id(), Category.SEVERE_DISABILITY, LocalDate.of(2024, 6, 1), null,
                Department.DISABLED_FEDERATION, "残联〔2024〕3号", false), clerk);
        HeldEdit end = held.holdEnd(category(wu, Category.MINIMUM_LIVING).id(), LocalDate.of(2024, 6, 10), clerk);
        assertEquals(HeldEdit.State.HELD, add.state());
        assertNull(category(zhou, Category.SEVERE_DISABILITY), "held, not applied");
        assertNull(category(wu, Category.MINIMUM_LIVING).to());
        assertEquals(2, held.held().size());

        String csv = String.join("\n", "姓名,身份证号,人员类别,认定日期,变动类型", "周九," + ZHOU + ",低保对象,2022-01-01,新增", "");
        Table t = CsvReader.read("c.csv", csv);
        ListImporter importer = new ListImporter(db, CLOCK);
        importer.commit(importer.preview(t, ColumnMapping.guess(t.headers()),
                ListInfo.of(ListKind.CHANGE, Department.CIVIL_AFFAIRS, YearMonth.of(2024, 6), "c.csv"), ImportListener.NONE),
                clerk, ImportListener.NONE);

        assertNotNull(category(zhou, Category.SEVERE_DISABILITY));
        assertEquals(LocalDate.of(2024, 6, 10), category(wu, Category.MINIMUM_LIVING).to());
        assertTrue(held.held().isEmpty());
    }

    @Test
    void aListThatEndedTheSpanFirstSupersedesTheHeldEnd() {
        held.holdEnd(category(wu, Category.MINIMUM_LIVING).id(), LocalDate.of(2024, 6, 10), clerk);
        String csv = String.join("\n", "姓名,身份证号,人员类别,认定日期,退出日期,变动类型", "吴十," + WU + ",低保对象,2022-01-01,2024-05-31,退出", "");
        Table t = CsvReader.read("c.csv", csv);
        ListImporter importer = new ListImporter(db, CLOCK);
        importer.commit(importer.preview(t, ColumnMapping.guess(t.headers()),
                ListInfo.of(ListKind.CHANGE, Department.CIVIL_AFFAIRS, YearMonth.of(2024, 5), "c.csv"), ImportListener.NONE),
                clerk, ImportListener.NONE);
        assertEquals(LocalDate.of(2024, 5, 31), category(wu, Category.MINIMUM_LIVING).to(), "the list decides");
        assertTrue(held.held().isEmpty());
    }

    @Test
    void anAdministratorOverridesWithAReasonOnly() {
        HeldEdit add = held.holdAdd(new CategoryRecord(0, 0, zhou.id(), Category.SEVERE_DISABILITY, LocalDate.of(2024, 6, 1), null,
                null, null, false), clerk);
        Session admin = TestSessions.as(db, "admin", Role.ADMINISTRATOR);
        assertThrows(StoreException.class, () -> held.override(add.id(), add.version(), "  ", admin));
        assertThrows(DutyException.class, () -> held.override(add.id(), add.version(), "县残联来函", clerk));
        assertNull(category(zhou, Category.SEVERE_DISABILITY));
        HeldEdit done = held.override(add.id(), add.version(), "县残联来函", admin);
        assertEquals(HeldEdit.State.OVERRIDDEN, done.state());
        assertEquals("县残联来函", done.note());
        assertEquals("admin", done.resolvedBy());
        assertNotNull(category(zhou, Category.SEVERE_DISABILITY));
        assertThrows(StoreException.class, () -> held.override(add.id(), add.version(), "again", admin));
    }
}
