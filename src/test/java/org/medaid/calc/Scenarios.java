package org.medaid.calc;

import static org.medaid.model.Category.ASSISTANCE_CLASS_ONE;
import static org.medaid.model.Category.DE_FACTO_ORPHAN;
import static org.medaid.model.Category.EXPENDITURE_HARDSHIP;
import static org.medaid.model.Category.EXTREME_POOR;
import static org.medaid.model.Category.LIFTED;
import static org.medaid.model.Category.LIFTED_2014_2015;
import static org.medaid.model.Category.LOW_INCOME_ASSISTED;
import static org.medaid.model.Category.MARGINAL;
import static org.medaid.model.Category.MINIMUM_LIVING;
import static org.medaid.model.Category.MONITORED_MARGINAL;
import static org.medaid.model.Category.MONITORED_SUDDEN;
import static org.medaid.model.Category.MONITORED_UNSTABLE;
import static org.medaid.model.Category.ORPHAN;
import static org.medaid.model.Category.REGISTERED_POOR;
import static org.medaid.model.Category.RELAPSED;
import static org.medaid.model.Category.SEVERE_DISABILITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.Person;

/**
 * Random people and their bills of one year, under all five policies (and the Shaoyang year 2021 that
 * straddles two). Basic insurance is always the hospital's settled figure, so the per-admission basic
 * deductible does not make a split bill differ from the whole (the property is about the annual ledgers).
 */
final class Scenarios {

    /** Where and when a scenario happens, and the categories worth drawing there. */
    record Setting(String name, String region, int fromYear, int toYear, boolean singlePolicy, List<Category> pool) {
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting("shaoyang-2019", "430521", 2019, 2020, true,
                    List.of(REGISTERED_POOR, EXTREME_POOR, MINIMUM_LIVING, ASSISTANCE_CLASS_ONE)),
            new Setting("shaoyang-2019/2021", "430522", 2021, 2021, false,
                    List.of(REGISTERED_POOR, EXTREME_POOR, MINIMUM_LIVING, ASSISTANCE_CLASS_ONE, RELAPSED, MARGINAL)),
            new Setting("shaoyang-2021", "430523", 2022, 2024, true,
                    List.of(EXTREME_POOR, MINIMUM_LIVING, RELAPSED, MARGINAL, MONITORED_UNSTABLE, EXPENDITURE_HARDSHIP,
                            SEVERE_DISABILITY, LIFTED)),
            new Setting("chaozhou-2021", "445102", 2022, 2024, true,
                    List.of(EXTREME_POOR, ORPHAN, DE_FACTO_ORPHAN, MINIMUM_LIVING, LOW_INCOME_ASSISTED, SEVERE_DISABILITY,
                            RELAPSED, MARGINAL, MONITORED_UNSTABLE)),
            new Setting("linyi-2022", "371302", 2022, 2024, true,
                    List.of(EXTREME_POOR, MINIMUM_LIVING, RELAPSED, MARGINAL, MONITORED_UNSTABLE, MONITORED_MARGINAL,
                            MONITORED_SUDDEN, EXPENDITURE_HARDSHIP)),
            new Setting("guangxi-2022", "450102", 2023, 2025, true,
                    List.of(LIFTED, LIFTED_2014_2015, MONITORED_UNSTABLE, MONITORED_MARGINAL, MONITORED_SUDDEN, MINIMUM_LIVING)));

    private static final List<String> DISEASES = java.util.Arrays.asList(null, "肺癌", "胃癌", "恶性肿瘤", "血友病", "高血压");

    private Scenarios() {
    }

    /** One bill's drawn figures, before it is given an id, an order and a date. */
    record BillSpec(BillKind kind, int day, long totalCents, List<Integer> percents, Location location, HospitalLevel level,
            String disease, List<Boolean> marks) {

        /**
         * An employee's bill carries the critical-illness payment the hospital settled except under Chaozhou
         * (POLICY-NOTES §7.2); a supplementary insurance pays only where the policy names one (§7.4).
         */
        Bill toBill(String id, long seq, int year, Setting setting, Insurance insurance) {
            LocalDate date = LocalDate.of(year, 1, 1).plusDays(day);
            long ooc = totalCents * percents.get(0) / 100;
            long classB = totalCents * percents.get(1) / 100;
            long over = totalCents * percents.get(2) / 100;
            long compliant = totalCents - ooc - classB - over;
            long basic = compliant * percents.get(3) / 100;
            boolean inpatient = kind == BillKind.INPATIENT;
            boolean employeeCi = insurance == Insurance.EMPLOYEE && !setting.name().startsWith("chaozhou")
                    && kind != BillKind.OUTPATIENT_GENERAL;
            Long ci = employeeCi ? (compliant - basic) * percents.get(4) / 100 : null;
            long rest = compliant - basic - (ci == null ? 0 : ci);
            // At most 8% of what basic and critical illness leave: no critical-illness rate passes 90%.
            boolean supplementary = setting.name().equals("shaoyang-2019") || setting.name().startsWith("chaozhou");
            BigDecimal supp = supplementary && percents.get(5) > 0 ? cents(rest * percents.get(5) / 100) : null;
            return new Bill(id, seq, kind, inpatient ? date.minusDays(Math.min(day, 7)) : null, date, level, location,
                    marks.get(0), disease, marks.get(1), cents(totalCents), cents(ooc), cents(classB), cents(over),
                    cents(basic), ci == null ? null : cents(ci), null, marks.get(2), supp, null, null, null);
        }
    }

    static BigDecimal cents(long c) {
        return BigDecimal.valueOf(c, 2);
    }

    static Arbitrary<BillSpec> billSpecs(boolean inpatientOnly) {
        Arbitrary<BillKind> kinds = inpatientOnly ? Arbitraries.just(BillKind.INPATIENT) : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(BillKind.INPATIENT)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(BillKind.OUTPATIENT_SPECIAL)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(BillKind.OUTPATIENT_GENERAL)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BillKind.SPECIAL_DRUG)));
        // Small visits, ordinary stays and catastrophic ones: every deductible, segment and cap gets reached.
        Arbitrary<Long> totals = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(100, 500_000L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(500_000L, 6_000_000L)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(6_000_000L, 40_000_000L)));
        Arbitrary<List<Integer>> percents = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 8))
                .as(List::of);
        Arbitrary<List<Boolean>> marks = Arbitraries.of(true, false).list().ofSize(3);
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 364), totals, percents,
                Arbitraries.of(Location.class), Arbitraries.of(HospitalLevel.class), Arbitraries.of(DISEASES), marks)
                .as(BillSpec::new);
    }

    /** A category held from {@code fromDay} days after 1 July of the year before, possibly ending later. */
    record SpanSpec(Category code, int fromDay, int length) {
        CategorySpan toSpan(int year, boolean allYear) {
            if (allYear) {
                return new CategorySpan(code, LocalDate.of(year - 1, 1, 1), null);
            }
            LocalDate from = LocalDate.of(year - 1, 7, 1).plusDays(fromDay);
            return new CategorySpan(code, from, length == 0 ? null : from.plusDays(length));
        }
    }

    record Scenario(Setting setting, int year, Insurance insurance, List<SpanSpec> spans, List<BillSpec> specs,
            boolean categoriesAllYear) {

        CaseFile caseFile() {
            return caseFile(bills());
        }

        List<Bill> bills() {
            List<Bill> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                out.add(specs.get(i).toBill("b" + i, 10L * i, year, setting, insurance));
            }
            return out;
        }

        CaseFile caseFile(List<Bill> list) {
            List<CategorySpan> cats = spans.stream().map(s -> s.toSpan(year, categoriesAllYear)).toList();
            return new CaseFile(new Person(setting.region(), insurance, cats), list, null);
        }

        @Override
        public String toString() {
            return setting.name() + " " + year + " " + insurance + " " + spans + " " + caseFile().bills();
        }
    }

    /**
     * {@code steady}: categories held the whole year, one policy in force, inpatient bills that differ only in
     * amounts and dates — alike for every tier's rules (same ledgers, rates, approvals), so that moving them
     * about cannot move a payment onto a bill that a lower tier treats differently (docs/decisions/0003-year-ledger.md).
     */
    static Arbitrary<Scenario> scenarios(boolean steady) {
        boolean categoriesAllYear = steady;
        boolean singlePolicyOnly = steady;
        // Guangxi twice as often: its top-up needs a monitored person with a heavy year to be reached at all.
        List<Setting> pool = new ArrayList<>(singlePolicyOnly ? SETTINGS.stream().filter(Setting::singlePolicy).toList() : SETTINGS);
        pool.add(SETTINGS.get(SETTINGS.size() - 1));
        Arbitrary<Setting> settings = Arbitraries.of(pool);
        return settings.flatMap(s -> {
            Arbitrary<Integer> years = Arbitraries.integers().between(s.fromYear(), s.toYear());
            Arbitrary<Insurance> insurance = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(Insurance.RESIDENT)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(Insurance.EMPLOYEE)));
            // Most people hold a category (often from before the year, sometimes granted or ended within it).
            Arbitrary<Integer> lengths = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, Arbitraries.just(0)),
                    net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(30, 300)));
            Arbitrary<List<SpanSpec>> spans = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<SpanSpec>of())),
                    net.jqwik.api.Tuple.of(5, Combinators.combine(Arbitraries.of(s.pool()), Arbitraries.integers().between(0, 450), lengths)
                            .as(SpanSpec::new).list().ofMinSize(1).ofMaxSize(2)));
            Arbitrary<List<BillSpec>> bills = billSpecs(steady).list().ofMinSize(1).ofMaxSize(8);
            if (steady) {
                // Only amounts and dates differ: every attribute a tier reads is the first bill's.
                bills = bills.map(list -> list.stream().map(b -> new BillSpec(b.kind(), b.day(), b.totalCents(), b.percents(),
                        list.get(0).location(), list.get(0).level(), list.get(0).disease(), list.get(0).marks())).toList());
            }
            return Combinators.combine(Arbitraries.just(s), years, insurance, spans, bills, Arbitraries.just(categoriesAllYear))
                    .as(Scenario::new);
        });
    }
}
