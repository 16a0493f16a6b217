package org.medaid.bills;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.medaid.calc.Calculator;
import org.medaid.identity.Department;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;

/**
 * A real desk on an H2 file in a test's temporary folder, with the bundled policies and a clock fixed at
 * 2024-12-20 10:00 Beijing time; shared by the bills, ledger and workflow tests.
 */
public final class TestDesk implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2024, 12, 20);
    /** 兰山区, 临沂市: linyi-2022. */
    public static final String LINYI = "371302";
    /** 新邵县, 邵阳市: shaoyang-2021. */
    public static final String SHAOYANG = "430522";
    private static final PolicyRegistry POLICIES = PolicyRegistry.bundled();

    public final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    public final Database db;
    public final JdbcPersonStore people;
    public final Calculator calculator = new Calculator(POLICIES);
    public final JdbcBillStore bills;
    private int sequence = 10;

    public TestDesk(Path dir) {
        db = Database.open(dir);
        people = new JdbcPersonStore(db, clock);
        bills = new JdbcBillStore(db, people, calculator, clock);
    }

    /** A session of {@code login} holding the role 经办人 (ADR 0034). */
    public org.medaid.session.Session as(String login) {
        return org.medaid.session.TestSessions.as(db, login);
    }

    /** A person of {@code region} holding {@code categories} since 2020-01-01. */
    public PersonRecord person(String name, String region, String village, Category... categories) {
        List<CategoryRecord> held = Arrays.stream(categories).map(c -> new CategoryRecord(0, 0, 0, c,
                LocalDate.of(2020, 1, 1), null, Department.CIVIL_AFFAIRS, "民发〔2020〕1号", false)).toList();
        return people.enrol(People.person(name, People.id(region, 1960, sequence++), village), held, as("clerk"));
    }

    /**
     * An inpatient stay of {@code days} days discharged on {@code discharged}, with the settlement sheet's
     * basic and critical-illness payments given (so the test's arithmetic is the assistance tiers only).
     */
    public static BillDraft stay(long personId, LocalDate discharged, String total, String outOfCatalog, String basic,
            String criticalIllness) {
        return new BillDraft(personId, BillKind.INPATIENT, discharged.minusDays(7), discharged, "兰山区人民医院",
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, "肺炎", null, false, money(total), money(outOfCatalog),
                null, null, money(basic), money(criticalIllness), null);
    }

    public static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Override
    public void close() {
        db.close();
    }
}
