package org.medaid.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.medaid.bills.BillDraft;
import org.medaid.bills.JdbcBillStore;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Calculator;
import org.medaid.calc.BillResult;
import org.medaid.identity.Department;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.Preview;
import org.medaid.ledger.YearLedgerView;
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
 * Bill save → ledger recompute → slip data ready, for a person with 20 bills in the year (aim
 * under 100 ms), and the live preview as the clerk types. A program, not a timed test:
 * see docs/benchmarks.md for how to run it and the results.
 *
 * <p>Each measured save corrects one of the first five bills of the year, the worst case: the
 * trial computation before the write and the recompute after it settle every later bill again.
 */
public final class LedgerBenchmark {

    private static final int BILLS = 20;
    private static final int WARM_UP = 50;

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = Files.createTempDirectory("ledger-bench");
        Clock clock = Clock.fixed(LocalDate.of(2024, 12, 20).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(dir)) {
            JdbcPersonStore people = new JdbcPersonStore(db, clock);
            Calculator calculator = new Calculator(PolicyRegistry.bundled());
            JdbcBillStore bills = new JdbcBillStore(db, people, calculator, clock);
            LedgerService ledger = new LedgerService(db, people, bills, calculator, clock);
            PersonRecord person = people.enrol(People.person("王五", People.id("371302", 1960, 11), "朱保村"),
                    List.of(new CategoryRecord(0, 0, 0, Category.MINIMUM_LIVING, LocalDate.of(2020, 1, 1), null,
                            Department.CIVIL_AFFAIRS, "民发〔2020〕1号", false)), org.medaid.session.TestSessions.as(db, "bench"));
            List<StoredBill> stored = new ArrayList<>();
            for (int i = 0; i < BILLS; i++) {
                stored.add(bills.add(stay(person.id(), LocalDate.of(2024, 1, 8).plusDays(17L * i), 8000 + 500 * i), org.medaid.session.TestSessions.as(db, "bench")));
            }
            long[] save = new long[runs];
            long[] recompute = new long[runs];
            long[] total = new long[runs];
            long[] preview = new long[runs];
            BillDraft typing = stay(person.id(), LocalDate.of(2024, 3, 1), 12345);
            for (int i = -WARM_UP; i < runs; i++) {
                int k = Math.floorMod(i, 5);
                StoredBill b = stored.get(k);
                long t0 = System.nanoTime();
                StoredBill saved = bills.correct(b.id(), b.version(), stay(person.id(), b.settlementDate(),
                        8000 + 500 * k + (i % 2 == 0 ? 300 : 0)), org.medaid.session.TestSessions.as(db, "bench"));
                long t1 = System.nanoTime();
                YearLedgerView year = ledger.year(person.id(), 2024);
                LedgerRow row = year.row(saved.id()).orElseThrow();
                BillResult slip = row.result();
                if (slip.lines().isEmpty() || year.rows().size() != BILLS) {
                    throw new IllegalStateException("the ledger lost a bill");
                }
                long t2 = System.nanoTime();
                stored.set(k, saved);
                Preview p = ledger.preview(person.id(), typing);
                long t3 = System.nanoTime();
                if (!p.computed()) {
                    throw new IllegalStateException("the preview did not compute: " + p.problems());
                }
                if (i >= 0) {
                    save[i] = t1 - t0;
                    recompute[i] = t2 - t1;
                    total[i] = t2 - t0;
                    preview[i] = t3 - t2;
                }
            }
            System.out.printf(Locale.ROOT, "%d bills in the year, %d runs after %d warm-up runs%n%n", BILLS, runs, WARM_UP);
            System.out.println("| what | median ms | p95 ms | max ms |");
            System.out.println("|---|---|---|---|");
            row("save (validate, trial computation of the year, write, audit)", save);
            row("ledger recompute (load person, categories, bills; compute; premium)", recompute);
            row("save → recompute → slip data ready", total);
            row("live preview of a draft (year as if saved + effect on other bills)", preview);
        } finally {
            delete(dir);
        }
    }

    private static BillDraft stay(long personId, LocalDate discharged, int total) {
        return new BillDraft(personId, BillKind.INPATIENT, discharged.minusDays(6), discharged, "兰山区人民医院",
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, "肺炎", null, false, new BigDecimal(total),
                new BigDecimal("600.00"), new BigDecimal("300.00"), BigDecimal.ZERO, null, null, null);
    }

    private static void row(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, ms(s[s.length / 2]),
                ms(s[(int) Math.ceil(s.length * 0.95) - 1]), ms(s[s.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
