package org.medaid.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Category;
import org.medaid.sample.NamePool;
import org.medaid.store.Database;
import org.medaid.store.PersonWriter;

/**
 * Fills a store with a county of fictional people by JDBC batches (the benchmark's own bulk path: it
 * writes the same rows and search columns as the store, without audit rows, to be quick).
 */
final class StoreBenchFill {

    static final String[] COUNTIES = {"430524", "430522", "430523", "430525", "430582"};
    static final int TOWNSHIPS = 25;
    static final int VILLAGES_PER_TOWNSHIP = 20;
    private static final String VILLAGE_FIRST = "石门白水青山东西南北上下大小新老黄龙凤桃李杨柳马牛金银";
    private static final String VILLAGE_SECOND = "田坪塘冲湾岭坡溪桥庄湖岗坝铺坳";

    private StoreBenchFill() {
    }

    static String village(int township, int v) {
        int i = township * VILLAGES_PER_TOWNSHIP + v;
        return "" + VILLAGE_FIRST.charAt(i % VILLAGE_FIRST.length())
                + VILLAGE_SECOND.charAt((i / VILLAGE_FIRST.length()) % VILLAGE_SECOND.length()) + (i >= 450 ? "二" : "") + "村";
    }

    static long count(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static void fill(Database db, int people, long seed) {
        Random random = new Random(seed);
        Set<String> used = new HashSet<>(people * 2);
        LocalDate today = LocalDate.now();
        int batch = 20_000;
        for (int start = 0; start < people; start += batch) {
            int end = Math.min(people, start + batch);
            db.inTransaction(c -> {
                insertBatch(c::prepareStatement, random, used, end - used.size(), today);
                return null;
            });
            if ((end / batch) % 10 == 0) {
                System.out.printf("  %,d people%n", end);
            }
        }
    }

    /** Where a batch's statements come from: the desk's transaction or the fast fill's own connection. */
    interface Statements {
        PreparedStatement prepare(String sql, String[] generatedColumns) throws SQLException;
    }

    /**
     * Inserts {@code n} new people (and their categories) drawn from {@code random}, with ID numbers not in
     * {@code used}: the same people for the same seed whichever path writes them.
     */
    static void insertBatch(Statements c, Random random, Set<String> used, int n, LocalDate today) throws SQLException {
        try (PreparedStatement person = c.prepare("INSERT INTO person (version, name, id_number, birth_date, sex, "
                + "region, township, village, insurance, enrolment_year, voided, sort_key, id_reversed, phone) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'RESIDENT', 2024, FALSE, ?, ?, ?)", new String[] {"ID"});
                PreparedStatement category = c.prepare("INSERT INTO person_category (version, person_id, "
                        + "person_sort_key, person_name, code, search_code, from_date, to_date, department, voided) "
                        + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'CIVIL_AFFAIRS', FALSE)", null)) {
            String[] sortKeys = new String[n];
            for (int i = 0; i < n; i++) {
                boolean male = random.nextBoolean();
                String name = NamePool.name(random, male);
                String id;
                LocalDate birth;
                String region = COUNTIES[random.nextInt(COUNTIES.length)];
                do {
                    birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000));
                    int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
                    id = IdNumbers.compose(region, birth, seq);
                } while (!used.add(id));
                int township = random.nextInt(TOWNSHIPS);
                sortKeys[i] = PersonWriter.sortKey(name);
                person.setString(1, name);
                person.setString(2, id);
                person.setObject(3, birth);
                person.setString(4, male ? "MALE" : "FEMALE");
                person.setString(5, region);
                person.setString(6, "第" + (township + 1) + "镇");
                person.setString(7, village(township, random.nextInt(VILLAGES_PER_TOWNSHIP)));
                person.setString(8, sortKeys[i]);
                person.setString(9, PersonWriter.reversed(id));
                person.setString(10, "1" + (3_000_000_000L + random.nextInt(999_999_999)));
                person.addBatch();
            }
            person.executeBatch();
            try (ResultSet keys = person.getGeneratedKeys()) {
                for (int i = 0; keys.next(); i++) {
                    addCategories(category, random, keys.getLong(1), sortKeys[i], today);
                }
            }
            category.executeBatch();
        }
    }

    /** About one person in eight holds a category; some end within the month. */
    private static void addCategories(PreparedStatement ps, Random random, long personId, String sortKey, LocalDate today)
            throws SQLException {
        int r = random.nextInt(1000);
        Category code;
        if (r < 50) {
            code = Category.MINIMUM_LIVING;
        } else if (r < 60) {
            code = Category.EXTREME_POOR;
        } else if (r < 80) {
            code = List.of(Category.MONITORED_UNSTABLE, Category.MONITORED_MARGINAL, Category.MONITORED_SUDDEN).get(r % 3);
        } else if (r < 110) {
            code = Category.LIFTED;
        } else if (r < 118) {
            code = Category.SEVERE_DISABILITY;
        } else if (r < 119) {
            code = Category.ORPHAN;
        } else if (r < 125) {
            code = Category.MARGINAL;
        } else {
            return;
        }
        LocalDate from = today.minusDays(30 + random.nextInt(2000));
        int e = random.nextInt(100);
        LocalDate to = e < 70 ? null : e < 75 ? today.plusDays(random.nextInt(30)) : today.plusDays(30 + random.nextInt(700));
        ps.setLong(1, personId);
        ps.setString(2, sortKey);
        ps.setString(3, sortKey.substring(sortKey.indexOf(' ') + 1));
        ps.setString(4, code.name());
        ps.setString(5, code.name());
        ps.setObject(6, from);
        ps.setObject(7, to);
        ps.addBatch();
    }
}
