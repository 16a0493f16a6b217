package org.medaid.desk.bills;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medaid.bills.BillDraft;
import org.medaid.bills.StoredBill;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.identity.Department;
import org.medaid.identity.IdNumbers;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.print.PrintText;
import org.medaid.print.SystemPrintService;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.users.User;

/**
 * A real desk for the screen tests: an H2 file in the test's folder, the bundled policies, a clock
 * fixed at Friday 2024-12-20, a PC without a printer, and three users: admin, clerk1 (经办人) and
 * reviewer1 (审核人). 兰山区 (linyi-2022) people by default: 低保 assistance 70% without deductible, cap 10,000.
 */
public final class ScreensFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2024, 12, 20);
    public static final String LINYI = "371302";
    public static final String SHAOYANG = "430522";
    public static final Texts CHINESE = Texts.load(Locale.SIMPLIFIED_CHINESE);

    public final Database db;
    public final DeskServices desk;
    public final DeskServices work;
    public final User admin;
    public final User clerk;
    public final User reviewer;
    /** 县级审批人 and 拨付经办人: the third person a case needs (ADR 0034). */
    public final User approver;
    private int sequence = 21;

    public ScreensFixture(Path folder) {
        this(folder, true);
    }

    private ScreensFixture(Path folder, boolean fresh) {
        db = Database.open(folder);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        work = DeskServices.over(db, Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone),
                new SystemPrintService(Optional::empty, PrintText.of(Locale.SIMPLIFIED_CHINESE)));
        desk = work;
        if (fresh) {
            admin = work.auth().createFirstAdministrator("admin", "管理员", "admin-pass-1".toCharArray());
            org.medaid.session.Session a = TestSessions.of(admin.id(), admin.login(), admin.roles());
            clerk = work.auth().createUser(a, "clerk1", "张经办", java.util.EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
            reviewer = work.auth().createUser(a, "reviewer1", "李审核", java.util.EnumSet.of(Role.TOWNSHIP_REVIEWER),
                    "review-pass-1".toCharArray());
            approver = work.auth().createUser(a, "approver1", "王审批", java.util.EnumSet.of(Role.COUNTY_APPROVER,
                    Role.PAYOUT_CLERK), "approve-pass-1".toCharArray());
        } else {
            admin = work.auth().authenticate("admin", "admin-pass-1".toCharArray()).orElseThrow();
            clerk = work.auth().authenticate("clerk1", "clerk-pass-1".toCharArray()).orElseThrow();
            reviewer = work.auth().authenticate("reviewer1", "review-pass-1".toCharArray()).orElseThrow();
            approver = work.auth().authenticate("approver1", "approve-pass-1".toCharArray()).orElseThrow();
        }
    }

    /** The same desk opened again on the store a closed fixture left in {@code folder}. */
    public static ScreensFixture reopen(Path folder) {
        return new ScreensFixture(folder, false);
    }

    /** The desk's session holder logged in as {@code user}. */
    public Session as(User user) {
        return new Session(service(user));
    }

    /** A service session of {@code user} (ADR 0034). */
    public static org.medaid.session.Session service(User user) {
        return TestSessions.of(user.id(), user.login(), user.roles());
    }

    /** A service session of the user with this login name. */
    public org.medaid.session.Session session(String login) {
        return work.auth().users().stream().filter(u -> u.login().equals(login)).findFirst().map(ScreensFixture::service)
                .orElseThrow(() -> new IllegalArgumentException("no user " + login));
    }

    /** A person of {@code region} holding {@code categories} since 2020-01-01, with a bank account. */
    public PersonRecord person(String name, String region, String village, Category... categories) {
        String id = IdNumbers.compose(region, LocalDate.of(1960, 3, 15), sequence++);
        PersonRecord p = new PersonRecord(0, 0, name, id, null, null, null, "枣园镇", village, null, "本人", "13800000000",
                "6230000000000000007", Insurance.RESIDENT, 2024, false);
        List<CategoryRecord> held = Arrays.stream(categories).map(c -> new CategoryRecord(0, 0, 0, c,
                LocalDate.of(2020, 1, 1), null, Department.CIVIL_AFFAIRS, "民发〔2020〕1号", false)).toList();
        return desk.people().enrol(p, held, session("clerk1"));
    }

    /** A stay discharged on {@code discharged} with the hospital's basic and critical-illness payments given. */
    public static BillDraft stay(long personId, LocalDate discharged, String total, String outOfCatalog, String basic) {
        return new BillDraft(personId, BillKind.INPATIENT, discharged.minusDays(7), discharged, "兰山区人民医院",
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, "肺炎", null, false, new BigDecimal(total),
                new BigDecimal(outOfCatalog), null, null, new BigDecimal(basic), new BigDecimal("0.00"), null);
    }

    public StoredBill add(BillDraft d, User by) {
        return work.bills().add(d, service(by));
    }

    @Override
    public void close() {
        db.close();
    }
}
