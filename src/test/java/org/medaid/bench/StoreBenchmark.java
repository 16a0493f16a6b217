package org.medaid.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.medaid.model.Category;
import org.medaid.roster.JdbcRoster;
import org.medaid.roster.RosterQuery;
import org.medaid.roster.RosterRow;
import org.medaid.sample.NamePool;
import org.medaid.store.Database;

/**
 * Roster search latency at county scale: fills a store with N fictional people (default 1,000,000; the
 * store is kept in the folder and reused by later runs), times opening it, then times the first page
 * (50 rows) and the count of typical searches. Run:
 * {@code mvn -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.StoreBenchmark -Dexec.args="target/bench-store 1000000"}
 */
public final class StoreBenchmark {

    private static final int PAGE = 50;
    private static final int QUERIES = 200;

    private StoreBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-store");
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (Database db = Database.open(folder)) {
            long have = StoreBenchFill.count(db);
            if (have < people) {
                if (have > 0) {
                    throw new IllegalStateException(folder + " holds " + have + " people; give an empty folder");
                }
                long t0 = System.nanoTime();
                StoreBenchFill.fill(db, people, 20240601L);
                System.out.printf("fill: %,d people in %.1f s%n", people, (System.nanoTime() - t0) / 1e9);
            }
        }
        long t0 = System.nanoTime();
        Database db = Database.open(folder);
        double openMs = (System.nanoTime() - t0) / 1e6;
        try {
            JdbcRoster roster = new JdbcRoster(db);
            LocalDate today = LocalDate.now();
            long t1 = System.nanoTime();
            List<RosterRow> first = roster.search(RosterQuery.all(today), 0, PAGE);
            int total = roster.count(RosterQuery.all(today));
            double firstPageMs = (System.nanoTime() - t1) / 1e6;
            System.out.printf(Locale.ROOT, "open: %.0f ms; first roster page + count after open: %.0f ms (%d rows of %,d)%n",
                    openMs, firstPageMs, first.size(), total);
            Map<String, List<RosterQuery>> sets = querySets(today, roster);
            System.out.println("| query | n | page median ms | page p95 ms | count median ms | count p95 ms | page+count p95 ms | mean hits |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Map.Entry<String, List<RosterQuery>> e : sets.entrySet()) {
                run(roster, e.getKey(), e.getValue());
            }
        } finally {
            db.close();
        }
    }

    static Map<String, List<RosterQuery>> querySets(LocalDate today, JdbcRoster roster) {
        Random random = new Random(7);
        Map<String, List<RosterQuery>> sets = new LinkedHashMap<>();
        List<RosterQuery> surname = new ArrayList<>();
        List<RosterQuery> fullName = new ArrayList<>();
        List<RosterQuery> initials = new ArrayList<>();
        List<RosterQuery> digits = new ArrayList<>();
        List<RosterQuery> idStart = new ArrayList<>();
        List<RosterQuery> village = new ArrayList<>();
        List<RosterQuery> category = new ArrayList<>();
        List<RosterQuery> ending = new ArrayList<>();
        List<RosterQuery> nameAndCategory = new ArrayList<>();
        Category[] common = {Category.MINIMUM_LIVING, Category.EXTREME_POOR, Category.LIFTED, Category.ORPHAN,
                Category.MONITORED_UNSTABLE, Category.SEVERE_DISABILITY};
        for (int i = 0; i < QUERIES; i++) {
            String name = NamePool.name(random, random.nextBoolean());
            surname.add(q(name.substring(0, 1), today));
            fullName.add(q(name, today));
            initials.add(q(org.medaid.identity.PinyinInitials.of(name).substring(0, 2), today));
            village.add(q(StoreBenchFill.village(random.nextInt(StoreBenchFill.TOWNSHIPS),
                    random.nextInt(StoreBenchFill.VILLAGES_PER_TOWNSHIP)), today));
            category.add(new RosterQuery("", common[i % common.length], false, today));
            ending.add(new RosterQuery("", i % 2 == 0 ? null : Category.MINIMUM_LIVING, true, today));
            nameAndCategory.add(new RosterQuery(name.substring(0, 1), Category.MINIMUM_LIVING, false, today));
        }
        // last four digits of IDs that exist: taken from random roster pages
        while (digits.size() < QUERIES) {
            for (RosterRow r : roster.search(q(String.valueOf(NamePool.surname(random)), today), random.nextInt(200), 5)) {
                digits.add(q(r.idNumber().substring(14), today));
                // the first 9 digits (area code, then the decade of birth): what a clerk typing an ID pauses on (ADR 0105)
                idStart.add(q(r.idNumber().substring(0, 9), today));
            }
        }
        sets.put("surname (1 char, e.g. 张)", surname);
        sets.put("full name (e.g. 张伟)", fullName);
        sets.put("pinyin initials (2 letters, e.g. zw)", initials);
        sets.put("last 4 digits of ID", digits.subList(0, QUERIES));
        sets.put("start of ID (9 digits)", idStart.subList(0, QUERIES));
        sets.put("village (e.g. 石门村)", village);
        sets.put("category held today", category);
        sets.put("category ending within 30 days", ending);
        sets.put("surname + category", nameAndCategory);
        return sets;
    }

    private static RosterQuery q(String text, LocalDate today) {
        return new RosterQuery(text, null, false, today);
    }

    static void run(JdbcRoster roster, String label, List<RosterQuery> queries) {
        for (RosterQuery q : queries.subList(0, 20)) { // warm-up
            roster.search(q, 0, PAGE);
            roster.count(q);
        }
        double[] page = new double[queries.size()];
        double[] count = new double[queries.size()];
        double[] both = new double[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long a = System.nanoTime();
            roster.search(queries.get(i), 0, PAGE);
            long b = System.nanoTime();
            hits += roster.count(queries.get(i));
            long c = System.nanoTime();
            page[i] = (b - a) / 1e6;
            count[i] = (c - b) / 1e6;
            both[i] = (c - a) / 1e6;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %,d |%n", label, queries.size(),
                pct(page, 50), pct(page, 95), pct(count, 50), pct(count, 95), pct(both, 95), hits / queries.size());
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
