package org.medaid.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.medaid.desk.common.DeskServices;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Texts;
import org.medaid.identity.Department;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Category;
import org.medaid.model.Insurance;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;

/** A real H2 store in a test's temporary folder, on a fixed day, with a few helpers to fill it. */
public final class DeskFixture implements AutoCloseable {

    /** Linyi's 2022 policy is in force, and insurance year 2024 has a contribution figure. */
    public static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    public static final Texts CHINESE = Texts.load(DeskSettings.CHINESE);

    private final Database db;
    private final DeskServices services;

    public DeskFixture(Path folder) {
        db = Database.open(folder);
        services = DeskServices.over(db, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    public DeskServices services() {
        return services;
    }

    /** A valid Linyi (兰山区) ID number. */
    public static String id(int birthYear, int sequence) {
        return IdNumbers.compose("371302", LocalDate.of(birthYear, 3, 15), sequence);
    }

    public PersonRecord enrol(String name, String idNumber, String village, Category... categories) {
        PersonRecord p = new PersonRecord(0, 0, name, idNumber, null, null, null, "枣园镇", village, null, "本人", null, null,
                Insurance.RESIDENT, 2024, false);
        List<CategoryRecord> cats = java.util.Arrays.stream(categories).map(c -> new CategoryRecord(0, 0, 0, c,
                LocalDate.of(2022, 1, 1), null, Department.CIVIL_AFFAIRS, "兰民发〔2022〕1号", false)).toList();
        return services.people().enrol(p, cats, org.medaid.session.TestSessions.as(db, "test"));
    }

    /** A service session of {@code login} (a clerk, stored: ADR 0034). */
    public org.medaid.session.Session session(String login) {
        return org.medaid.session.TestSessions.as(db, login);
    }

    @Override
    public void close() {
        db.close();
    }
}
