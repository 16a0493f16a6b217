package org.medaid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.medaid.calc.BillResult;
import org.medaid.calc.Calculator;
import org.medaid.calc.CaseResult;
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
 * and prints bills per second, total time and peak heap. Not a test: run it with
 * {@code mvn -B -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.CalcBenchmark -Dexec.classpathScope=test}.
 * Arguments (optional): people, bills per person, threads.
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

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int billsEach = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Calculator calculator = new Calculator(PolicyRegistry.bundled());
        List<CaseFile> cases = cases(people, billsEach, new Random(20240601L));
        System.out.printf("generated %,d people with %,d bills; %d threads%n", people, (long) people * billsEach, threads);

        run(calculator, cases.subList(0, Math.min(cases.size(), 20_000)), threads); // warm-up, not counted
        resetPeaks();
        long gcBefore = gcMillis();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        long[] counts = run(calculator, cases, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        long gc = gcMillis() - gcBefore;

        System.out.printf("settled %,d bills (%,d explanation lines) in %.2f s: %,.0f bills/s%n",
                counts[0], counts[1], seconds, counts[0] / seconds);
        System.out.printf("process CPU %.2f s over %d cores (%.0f%% busy), GC %,d ms%n", cpu,
                Runtime.getRuntime().availableProcessors(), 100 * cpu / seconds / Runtime.getRuntime().availableProcessors(), gc);
        System.out.printf("peak heap %,d MB (max %,d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Settles every case; returns bills settled and explanation lines produced (kept so nothing is skipped). */
    private static long[] run(Calculator calculator, List<CaseFile> cases, int threads) {
        AtomicLong bills = new AtomicLong();
        AtomicLong lines = new AtomicLong();
        Runnable work = () -> IntStream.range(0, cases.size()).parallel().forEach(i -> {
            CaseResult r = calculator.calculate(cases.get(i));
            long n = 0;
            for (BillResult b : r.bills()) {
                n += b.lines().size();
            }
            bills.addAndGet(r.bills().size());
            lines.addAndGet(n);
        });
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            pool.submit(work).join();
        } finally {
            pool.shutdown();
        }
        return new long[] {bills.get(), lines.get()};
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
            List<Bill> bills = new ArrayList<>(billsEach);
            for (int b = 0; b < billsEach; b++) {
                bills.add(bill(p + "-" + b, place.year(), rnd));
            }
            Insurance ins = rnd.nextInt(10) == 0 ? Insurance.EMPLOYEE : Insurance.RESIDENT;
            out.add(new CaseFile(new Person(place.region(), ins, cats), bills, null));
        }
        return out;
    }

    private static Bill bill(String id, int year, Random rnd) {
        BillKind kind = KINDS[rnd.nextInt(KINDS.length)];
        long total = switch (kind) {
            case OUTPATIENT_GENERAL -> 2_000 + rnd.nextInt(60_000);
            case OUTPATIENT_SPECIAL, SPECIAL_DRUG -> 50_000 + rnd.nextInt(3_000_000);
            case INPATIENT -> 200_000 + (long) rnd.nextInt(rnd.nextInt(10) == 0 ? 30_000_000 : 5_000_000);
        };
        long ooc = total * rnd.nextInt(15) / 100;
        long classB = total * rnd.nextInt(6) / 100;
        long compliant = total - ooc - classB;
        // Half the bills carry the basic insurance the hospital settled, half leave it to the policy table.
        BigDecimal basic = rnd.nextBoolean() ? BigDecimal.valueOf(compliant * (40 + rnd.nextInt(40)) / 100, 2) : null;
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(365));
        return new Bill(id, null, kind, kind == BillKind.INPATIENT ? date.minusDays(rnd.nextInt(20)) : null, date,
                HospitalLevel.values()[rnd.nextInt(4)], Location.values()[rnd.nextInt(10) < 7 ? 0 : 1 + rnd.nextInt(3)],
                rnd.nextBoolean(), DISEASES[rnd.nextInt(DISEASES.length)], rnd.nextInt(20) == 0,
                BigDecimal.valueOf(total, 2), BigDecimal.valueOf(ooc, 2), BigDecimal.valueOf(classB, 2), BigDecimal.ZERO.setScale(2),
                basic, null, null);
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
