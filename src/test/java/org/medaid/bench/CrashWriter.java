package org.medaid.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.medaid.bills.BillDraft;
import org.medaid.bills.JdbcBillStore;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Calculator;
import org.medaid.identity.Department;
import org.medaid.identity.IdNumbers;
import org.medaid.importer.ColumnMapping;
import org.medaid.importer.CsvReader;
import org.medaid.importer.ImportListener;
import org.medaid.importer.ListImporter;
import org.medaid.importer.Table;
import org.medaid.ledger.LedgerService;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.WorkingDays;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.users.AuthService;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.users.User;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.WorkflowService;

/**
 * The child process of {@link CrashBenchmark}: writes through the desk's real services until it is killed,
 * and prints one line per record ({@code person 12}, {@code bill 7}, {@code import 430522…}) only after the
 * call that committed it returned. A record printed is a record the clerk was told is saved.
 */
final class CrashWriter {

    static final String REGION = "430522";
    static final String CLERK = "clerk1";
    static final char[] PASSWORD = "crash-clerk-1".toCharArray();
    private static final LocalDate DISCHARGED = LocalDate.of(2024, 11, 20);

    private final Clock clock = Clock.fixed(LocalDate.of(2024, 12, 20).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));
    private final Database db;
    private final JdbcPersonStore people;
    private final JdbcBillStore bills;
    private final WorkflowService workflow;
    private final ListImporter importer;
    private final Session clerk;
    private final PrintStream out;

    private CrashWriter(Database db, PrintStream out) {
        this.db = db;
        this.out = out;
        Calculator calculator = new Calculator(PolicyRegistry.bundled());
        people = new JdbcPersonStore(db, clock);
        bills = new JdbcBillStore(db, people, calculator, clock);
        AuthService auth = new AuthService(db, clock);
        LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
        workflow = new WorkflowService(db, people, bills, ledger, auth, WorkingDays.WEEKENDS_ONLY, clock);
        importer = new ListImporter(db, clock);
        // found by login, not by password: the benchmark measures saves, not start-up work
        User stored = auth.users().stream().filter(u -> u.login().equals(CLERK)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no clerk in the store"));
        clerk = TestSessions.of(stored.id(), stored.login(), stored.roles());
    }

    /** Creates the users once, before the first child starts. */
    static void prepare(Database db) {
        AuthService auth = new AuthService(db);
        if (!auth.hasUsers()) {
            User admin = auth.createFirstAdministrator("admin", "管理员", "crash-admin-1".toCharArray());
            auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), CLERK, "张经办",
                    java.util.EnumSet.of(Role.CLERK), PASSWORD);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Database db = Database.open(Path.of(args[0]))) {
            new CrashWriter(db, out).writeForever();
        }
    }

    private void writeForever() {
        int next = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        out.println("ready");
        // -Dcrash.rounds=N: stop after N rounds (the benchmark's class-archive run); otherwise until killed
        int rounds = Integer.getInteger("crash.rounds", Integer.MAX_VALUE);
        for (int round = 0; round < rounds; round++) {
            PersonRecord p = people.enrol(person("陈" + next, idNumber(next++)), List.of(), clerk);
            out.println("person " + p.id());
            CategoryRecord cat = people.addCategory(new CategoryRecord(0, 0, p.id(), Category.MARGINAL,
                    LocalDate.of(2020, 1, 1), null, Department.CIVIL_AFFAIRS, "民发〔2020〕1号", false), clerk);
            out.println("category " + cat.id());
            StoredBill bill = bills.add(stay(p.id()), clerk);
            out.println("bill " + bill.id());
            var application = workflow.apply(new ApplicationRequest(p.id(), List.of(bill.id()), DISCHARGED.plusDays(8),
                    new BigDecimal("5000.00"), null, null, "村委会转交"), clerk);
            out.println("application " + application.id());
            if (round % 5 == 4) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    ids.add(idNumber(next++));
                }
                importer.commit(importer.preview(list(ids), ColumnMapping.guess(list(ids).headers()), ImportListener.NONE),
                        clerk, ImportListener.NONE);
                ids.forEach(id -> out.println("import " + id));
            }
        }
    }

    /** A distinct, valid ID number for every index: 500 a day from 1930-01-01. */
    static String idNumber(int index) {
        return IdNumbers.compose(REGION, LocalDate.of(1930, 1, 1).plusDays(index / 500), index % 500 + 1);
    }

    private static PersonRecord person(String name, String idNumber) {
        return new PersonRecord(0, 0, name, idNumber, null, null, null, "六都寨镇", "石门村", null, null,
                "13800000000", "6230000000000000001", Insurance.RESIDENT, 2024, false);
    }

    /** 邵医保发〔2021〕32号 三(八): a 低保边缘 stay of this size goes by application. */
    private static BillDraft stay(long personId) {
        return new BillDraft(personId, BillKind.INPATIENT, DISCHARGED.minusDays(7), DISCHARGED, "新邵县人民医院",
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, "肺炎", null, false, new BigDecimal("30000.00"),
                new BigDecimal("2000.00"), null, null, new BigDecimal("15000.00"), BigDecimal.ZERO, null);
    }

    private static Table list(List<String> ids) {
        StringBuilder csv = new StringBuilder("姓名,身份证号,人员类别,认定日期,认定部门,乡镇,村\n");
        for (String id : ids) {
            csv.append("王").append(id.substring(14)).append(',').append(id).append(",低保对象,2023-01-01,民政,六都寨镇,白水村\n");
        }
        return CsvReader.read("crash.csv", csv.toString());
    }
}
