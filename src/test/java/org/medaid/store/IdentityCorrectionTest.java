package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Category;

/** An enrolled person's identity changes only by 更正 with a reason, audited (ADR 0032). Real H2 files. */
class IdentityCorrectionTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    PersonRecord wang;
    PersonStore corrections;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir.resolve("data"));
        wang = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 11, 20), "12000.00", "1000.00", "5000.00"), fx.clerk);
        corrections = fx.desk.people();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private PersonRecord withId(PersonRecord p, String id) {
        return new PersonRecord(p.id(), p.version(), p.name(), id, null, null, null, p.township(), p.village(),
                p.householdHeadId(), p.relation(), p.phone(), p.bankAccount(), p.insurance(), p.enrolmentYear(), false);
    }

    @Test
    void anOrdinarySaveCannotChangeTheIdNumberOrTheName() {
        String other = IdNumbers.compose(ScreensFixture.LINYI, LocalDate.of(1985, 6, 1), 77);
        assertThrows(IdentityChangeException.class, () -> fx.desk.people().update(withId(wang, other), fx.session("clerk1")));
        assertEquals(wang.idNumber(), fx.desk.people().byId(wang.id()).orElseThrow().idNumber(), "nothing written");
    }

    @Test
    void aCorrectionNamesWhatDependsOnTheRecordAndIsAudited() {
        Dependents d = corrections.dependents(wang.id());
        assertEquals(new Dependents(1, 0, 0, 0), d);
        String right = IdNumbers.compose(ScreensFixture.LINYI, LocalDate.of(1961, 3, 15), 21);
        PersonRecord fixed = corrections.correctIdentity(wang.id(), wang.version(), "王伍", right, "身份证复印件核对，出生年份录错", fx.session("clerk1"));
        assertEquals(LocalDate.of(1961, 3, 15), fixed.birthDate());
        assertEquals("王伍", fixed.name());
        List<AuditEntry> audit = new JdbcAuditLog(fx.db).forRecord("person", wang.id());
        AuditEntry last = audit.get(audit.size() - 1);
        assertEquals("CORRECT", last.action());
        assertTrue(last.newValue().contains("出生年份录错") && last.oldValue().contains(wang.idNumber()), last.newValue());
    }

    @Test
    void aCorrectionWithoutAReasonWritesNothing() {
        String right = IdNumbers.compose(ScreensFixture.LINYI, LocalDate.of(1961, 3, 15), 21);
        assertThrows(IllegalArgumentException.class, () -> corrections.correctIdentity(wang.id(), wang.version(), "王五", right, " ",
                fx.session("clerk1")));
        assertEquals(wang, fx.desk.people().byId(wang.id()).orElseThrow());
    }
}
