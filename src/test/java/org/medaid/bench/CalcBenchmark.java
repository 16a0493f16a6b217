package org.medaid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.medaid.calc.BillResult;
import org.medaid.calc.Calculator;
import org.medaid.calc.CaseResult;
import org.medaid.calc.Line;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.Person;
import org.medaid.policy.PolicyRegistry;

/**
 * Settles one year for 200,000 people with 1,000,000 bills across the five policies (explanations and all)
 * beside its floor, {@link CalcFloor}: the same bills through the same cumulative-ledger arithmetic in plain
 * BigDecimal, in the same JVM and run. Both are timed on their FIRST pass over the bills, from cold (class
 * loading, the explanation bundle and JIT compilation counted; nothing warmed up before), then on a second
 * pass (steady state). One thread each, so the two compare. Not a test: run it with
 * {@code java -cp "target/test-classes:target/classes:target/lib/*" org.medaid.bench.CalcBenchmark [people] [bills] [text|lazy]}
 * (docs/benchmarks.md). With {@code text} every explanation line's text is also written during the pass
 * (as printing every slip would); with {@code lazy} (the default) lines are written when read (ADR 0046).
 */
public final class CalcBenchmark {

    private record Place(String region, int year, Category[] pool) {
    }

    private static final Place[] PLACES = {
        new Place("430521", 2020, new Category[] {Category.REGISTERED_POOR, Category.EXTREME_POOR, Category.MINIMUM_LIVING,
            Category.ASSISTANCE_CLASS_ONE}),
        new Place("430522", 2022, new Category[] {Category.EXTREME_POOR, Category.MINIMUM_LIVING, Category.RELAPSED,
            Category.MARGINAL, Category.SEVERE_DISABILITY}),
        new Place("445102", 2023, new Category[] {Category.EXTREME_POOR, Category.ORPHAN, Category.MINIMUM_LIVING,
            Category.LOW_INCOME_ASSISTED, Category.MARGINAL}),
        new Place("371302", 2023, new Category[] {Category.EXTREME_POOR, Category.MINIMUM_LIVING, Category.MARGINAL,
            Category.MONITORED_UNSTABLE, Category.MONITORED_SUDDEN}),
        new Place("450102", 2024, new Category[] {Category.LIFTED, Category.LIFTED_2014_2015, Category.MONITORED_UNSTABLE,
            Category.MONITORED_MARGINAL}),
    };
    private static final BillKind[] KINDS = {BillKind.INPATIENT, BillKind.INPATIENT, BillKind.INPATIENT,
        BillKind.OUTPATIENT_SPECIAL, BillKind.OUTPATIENT_SPECIAL, BillKind.OUTPATIENT_GENERAL, BillKind.SPECIAL_DRUG};
    private static final String[] DISEASES = {null, "肺癌", "恶性肿瘤", "高血压"};

    private CalcBenchmark() {
    }

    /** One pass: wall and process CPU seconds (the process's: JIT and GC threads included), bills, lines, chars. */
    private record Pass(double wall, double cpu, long bills, long lines, long chars) {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int billsEach = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean text = args.length > 2 && args[2].equals("text");
        List<CaseFile> cases = cases(people, billsEach, new Random(20240601L));
        PolicyRegistry registry = PolicyRegistry.bundled();
        System.out.printf("generated %,d people with %,d bills; one thread; explanation text %s%n", people,
                (long) people * billsEach, text ? "written for every line during the pass" : "written when read (lazy)");
        System.gc();
        resetPeaks();
        Pass floor1 = pass(() -> floor(cases));
        Calculator calculator = new Calculator(registry);
        Pass calc1 = pass(() -> calc(calculator, cases, text));
        long peak = peakHeap();
        Pass floor2 = pass(() -> floor(cases));
        Pass calc2 = pass(() -> calc(calculator, cases, text));
        if (floor1.bills() != calc1.bills()) {
            throw new IllegalStateException("the floor settled " + floor1.bills() + " bills, the calculator " + calc1.bills());
        }
        System.out.printf("calculator: %,d bills, %,d explanation lines%s%n", calc1.bills(), calc1.lines(),
                text ? String.format(", %,d characters written", calc1.chars()) : "");
        System.out.println("| pass | floor wall s | floor CPU s | calculator wall s | calculator CPU s | ratio wall | ratio CPU |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("first (cold)", floor1, calc1);
        row("second", floor2, calc2);
        System.out.printf("peak heap during the first passes %,d MB (max %,d MB), GC total %,d ms%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, gcMillis());
    }

    private static void row(String name, Pass f, Pass c) {
        System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f× | %.2f× |%n", name, f.wall(), f.cpu(), c.wall(), c.cpu(),
                c.wall() / f.wall(), c.cpu() / f.cpu());
    }

    private static Pass pass(java.util.function.Supplier<long[]> work) {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        long[] n = work.get();
        return new Pass((System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9, n[0], n[1], n[2]);
    }

    private static long[] floor(List<CaseFile> cases) {
        long bills = 0;
        long check = 0;
        for (CaseFile f : cases) {
            for (CalcFloor.Result r : CalcFloor.settle(f)) {
                bills++;
                check += r.yearSelfPay().signum();
            }
        }
        return new long[] {bills, check, 0};
    }

    /** Settles every case; counts bills and lines (and writes each line's text when {@code text}). */
    private static long[] calc(Calculator calculator, List<CaseFile> cases, boolean text) {
        long bills = 0;
        long lines = 0;
        long chars = 0;
        for (CaseFile f : cases) {
            CaseResult r = calculator.calculate(f);
            for (BillResult b : r.bills()) {
                bills++;
                lines += b.lines().size();
                if (text) {
                    for (Line l : b.lines()) {
                        chars += l.text().length();
                    }
                }
            }
        }
        return new long[] {bills, lines, chars};
    }

    static List<CaseFile> cases(int people, int billsEach, Random rnd) {
        List<CaseFile> out = new ArrayList<>(people);
        for (int p = 0; p < people; p++) {
            Place place = PLACES[p % PLACES.length];
            List<CategorySpan> cats = new ArrayList<>();
            int held = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(2);
            for (int c = 0; c < held; c++) {
                LocalDate from = rnd.nextInt(4) == 0 ? LocalDate.of(place.year(), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                        : LocalDate.of(place.year() - 2, 1, 1);
                cats.add(new CategorySpan(place.pool()[rnd.nextInt(place.pool().length)], from, null));
            }
            Insurance ins = rnd.nextInt(10) == 0 ? Insurance.EMPLOYEE : Insurance.RESIDENT;
            List<Bill> bills = new ArrayList<>(billsEach);
            for (int b = 0; b < billsEach; b++) {
                bills.add(bill(p + "-" + b, place.year(), ins == Insurance.EMPLOYEE, rnd));
            }
            out.add(new CaseFile(new Person(place.region(), ins, cats), bills, null));
        }
        return out;
    }

    private static Bill bill(String id, int year, boolean employee, Random rnd) {
        BillKind kind = KINDS[rnd.nextInt(KINDS.length)];
        long total = switch (kind) {
            case OUTPATIENT_GENERAL -> 2_000 + rnd.nextInt(60_000);
            case OUTPATIENT_SPECIAL, SPECIAL_DRUG -> 50_000 + rnd.nextInt(3_000_000);
            case INPATIENT -> 200_000 + (long) rnd.nextInt(rnd.nextInt(10) == 0 ? 30_000_000 : 5_000_000);
        };
        long ooc = total * rnd.nextInt(15) / 100;
        long classB = total * rnd.nextInt(6) / 100;
        long compliant = total - ooc - classB;
        // Half the bills carry the basic insurance the hospital settled, half leave it to the policy table
        // (an employee's always carry it: no document gives employee rates).
        BigDecimal basic = rnd.nextBoolean() || employee ? BigDecimal.valueOf(compliant * (40 + rnd.nextInt(40)) / 100, 2) : null;
        // An employee's critical illness too, where the policy has no employee rates (POLICY-NOTES §7.2).
        BigDecimal critical = employee ? BigDecimal.valueOf((compliant - basic.unscaledValue().longValue()) * rnd.nextInt(40) / 100, 2)
                : null;
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(365));
        return new Bill(id, null, kind, kind == BillKind.INPATIENT ? date.minusDays(rnd.nextInt(20)) : null, date,
                HospitalLevel.values()[rnd.nextInt(4)], Location.values()[rnd.nextInt(10) < 7 ? 0 : 1 + rnd.nextInt(3)],
                rnd.nextBoolean(), DISEASES[rnd.nextInt(DISEASES.length)], rnd.nextInt(20) == 0,
                BigDecimal.valueOf(total, 2), BigDecimal.valueOf(ooc, 2), BigDecimal.valueOf(classB, 2), BigDecimal.ZERO.setScale(2),
                basic, critical, null);
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** CPU time of the whole process, all threads: on a shared machine it shows what the run itself cost. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use during the run. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
