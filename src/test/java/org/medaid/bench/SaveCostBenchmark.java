package org.medaid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.Durability;
import org.medaid.store.JdbcPersonStore;

/**
 * What durable commits cost per save (ADR 0028): enrols N people (one transaction each, with a category
 * and an audit row) at each durability level on a fresh store in FOLDER, and prints median and p95 per save;
 * the DELAYED level (H2's default write delay) is the floor measured in the same run. Run:
 * {@code mvn -B -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.SaveCostBenchmark
 * -Dexec.classpathScope=test -Dexec.args="FOLDER 300"}
 */
public final class SaveCostBenchmark {

    private SaveCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/save-cost");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.println("| durability | saves | median ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        for (int round = 0; round < 2; round++) { // the first round warms the JVM up; the second is printed
            for (Durability d : Durability.values()) {
                Path dir = Files.createDirectories(folder).resolve(d.name().toLowerCase(Locale.ROOT) + "-" + round);
                double[] ms = saves(dir, d, n);
                if (round == 1) {
                    Arrays.sort(ms);
                    System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", d, n, ms[n / 2], ms[(int) (n * 0.95)]);
                }
            }
        }
    }

    private static double[] saves(Path dir, Durability d, int n) {
        double[] ms = new double[n];
        try (Database db = Database.open(dir, d)) {
            JdbcPersonStore people = new JdbcPersonStore(db);
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                people.enrol(org.medaid.store.People.person("陈" + i, CrashWriter.idNumber(i), "石门村"),
                        List.of(new CategoryRecord(0, 0, 0, Category.MINIMUM_LIVING, LocalDate.of(2020, 1, 1), null,
                                Department.CIVIL_AFFAIRS, null, false)), org.medaid.session.TestSessions.as(db, "clerk"));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }
}
