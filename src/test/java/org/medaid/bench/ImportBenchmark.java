package org.medaid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.medaid.identity.IdNumbers;
import org.medaid.importer.ColumnMapping;
import org.medaid.importer.CsvReader;
import org.medaid.importer.ImportListener;
import org.medaid.importer.ImportPreview;
import org.medaid.importer.ImportResult;
import org.medaid.importer.ListImporter;
import org.medaid.importer.Table;
import org.medaid.security.StoreKey;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;
import org.medaid.store.PersonWriter;

/**
 * Issue 12, aim 6: a monthly list of ROWS new people (one category each) imported into an empty encrypted
 * store through the desk's importer (read, preview, commit), then the same list again with every village
 * changed; beside it, in the same run, the floor: the same rows written by plain JDBC batches into the same
 * tables (person, person_category and their audit rows, whose chain trigger fires as in the desk) of another
 * empty encrypted store, in one transaction. Run:
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.medaid.bench.ImportBenchmark FOLDER ROWS}.
 * Each run starts with a fresh JVM's first pass (no warm-up): it is what a clerk waits for.
 */
public final class ImportBenchmark {

    private static final String HEADER = "序号,姓名,身份证号,人员类别,认定日期,退出日期,认定部门,文号,乡镇,村";
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴"};
    private static final String[] GIVEN = {"大山", "秀英", "建国", "桂兰", "小明", "春花", "志强", "玉梅"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/import-bench");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(folder);
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + rows + " rows, encrypted stores, load " + load());
        String first = list(rows, "石门村");
        String second = list(rows, "白水村");

        StoreKey key = StoreKey.random();
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(folder.resolve("desk"), key)) {
            Session session = TestSessions.as(db, "clerk");
            ListImporter importer = new ListImporter(db, clock);
            run("desk, new people", first, importer, session);
            run("desk, every village changed", second, importer, session);
        }
        try (Database db = Database.open(folder.resolve("floor"), key)) {
            floor(db, rows, clock);
        }
    }

    private static void run(String what, String csv, ListImporter importer, Session session) {
        long t0 = System.nanoTime();
        Table table = CsvReader.read("list.csv", csv);
        long t1 = System.nanoTime();
        ImportPreview preview = importer.preview(table, ColumnMapping.guess(table.headers()), ImportListener.NONE);
        long t2 = System.nanoTime();
        ImportResult result = importer.commit(preview, session, ImportListener.NONE);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-30s read %6.2f s, preview %6.2f s, commit %6.2f s, all %6.2f s (%s)%n", what,
                sec(t1 - t0), sec(t2 - t1), sec(t3 - t2), sec(t3 - t0), result);
    }

    /** The same rows by plain JDBC batches, one transaction: persons, their categories, an audit row each. */
    private static void floor(Database db, int rows, Clock clock) {
        long t0 = System.nanoTime();
        db.inTransaction(tx -> {
            Connection c = tx.createStatement().getConnection();
            try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, version, name, id_number, birth_date, "
                    + "sex, region, township, village, insurance, enrolment_year, voided, sort_key, id_reversed) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, '六都寨镇', '石门村', 'RESIDENT', 2024, FALSE, ?, ?)");
                    PreparedStatement cat = c.prepareStatement("INSERT INTO person_category (version, person_id, "
                            + "person_sort_key, person_name, code, search_code, from_date, department, voided) "
                            + "VALUES (1, ?, ?, ?, 'MINIMUM_LIVING', 'MINIMUM_LIVING', ?, 'CIVIL_AFFAIRS', FALSE)");
                    PreparedStatement audit = c.prepareStatement("INSERT INTO audit (at, user_name, action, table_name, "
                            + "record_id, old_value, new_value) VALUES (?, 'clerk', 'INSERT', ?, ?, NULL, ?)")) {
                for (int i = 0; i < rows; i++) {
                    long id = 1_000_000L + i;
                    String name = name(i);
                    String number = number(i);
                    person.setLong(1, id);
                    person.setString(2, name);
                    person.setString(3, number);
                    person.setObject(4, IdNumbers.check(number).birthDate());
                    person.setString(5, (number.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                    person.setString(6, number.substring(0, 6));
                    person.setString(7, PersonWriter.sortKey(name));
                    person.setString(8, PersonWriter.reversed(number));
                    person.addBatch();
                    cat.setLong(1, id);
                    cat.setString(2, PersonWriter.sortKey(name));
                    cat.setString(3, name);
                    cat.setObject(4, LocalDate.of(2024, 1, 1));
                    cat.addBatch();
                    for (String table : new String[] {"person", "person_category"}) {
                        audit.setObject(1, OffsetDateTime.now(clock));
                        audit.setString(2, table);
                        audit.setLong(3, id);
                        audit.setString(4, "{\"name\":\"" + name + "\",\"idNumber\":\"" + number + "\"}");
                        audit.addBatch();
                    }
                    if (i % 1000 == 999) {
                        person.executeBatch();
                        cat.executeBatch();
                        audit.executeBatch();
                    }
                }
                person.executeBatch();
                cat.executeBatch();
                audit.executeBatch();
            }
            return null;
        });
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-30s commit %6.2f s%n", "floor, plain JDBC batches", sec(t1 - t0));
        long t2 = System.nanoTime();
        db.inTransaction(tx -> {
            Connection c = tx.createStatement().getConnection();
            try (PreparedStatement update = c.prepareStatement("UPDATE person SET village = '白水村', version = version + 1 "
                    + "WHERE id = ?");
                    PreparedStatement audit = c.prepareStatement("INSERT INTO audit (at, user_name, action, table_name, "
                            + "record_id, old_value, new_value) VALUES (?, 'clerk', 'UPDATE', 'person', ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    update.setLong(1, 1_000_000L + i);
                    update.addBatch();
                    audit.setObject(1, OffsetDateTime.now(clock));
                    audit.setLong(2, 1_000_000L + i);
                    audit.setString(3, "{\"village\":\"石门村\"}");
                    audit.setString(4, "{\"village\":\"白水村\"}");
                    audit.addBatch();
                    if (i % 1000 == 999) {
                        update.executeBatch();
                        audit.executeBatch();
                    }
                }
                update.executeBatch();
                audit.executeBatch();
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "%-30s commit %6.2f s%n", "floor, every village changed", sec(System.nanoTime() - t2));
    }

    /** A list of {@code rows} people of 430524 (隆回县), each with 低保 since 2024-01-01, in {@code village}. */
    static String list(int rows, String village) {
        StringBuilder csv = new StringBuilder(rows * 90).append(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(i + 1).append(',').append(name(i)).append(',').append(number(i))
                    .append(",低保对象,2024-01-01,,民政,隆民〔2024〕1号,六都寨镇,").append(village).append('\n');
        }
        return csv.toString();
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length];
    }

    /** Distinct valid numbers: a birth day per 999 people from 1940-01-01 on. */
    private static String number(int i) {
        return IdNumbers.compose("430524", LocalDate.of(1940, 1, 1).plusDays(i / 999), i % 999 + 1);
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
