package org.medaid.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.ledger.LedgerService;
import org.medaid.model.WorkingDays;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.workflow.SampleCases;
import org.medaid.workflow.Stage;

/**
 * The sample township the first run loads (ADR 0052): the people of the chosen county as they
 * stand today, their bills of this year (up to today) and last year, one assistance case at each stage, and the
 * short tour that says which sample people show what. Everything follows from the county code and the day, so
 * a test with a fixed clock sees exactly what a clerk sees that day.
 */
public record SampleScenario(SampleTownship town, SampleYears years, List<SamplePerson> people,
        List<SampleBills.SampleBill> bills, List<SampleCase> cases, List<TourStop> tour) {

    /** The stages the applicants' cases are carried to, in the applicants' order. */
    public static final List<Stage> STAGES = List.of(Stage.PAID, Stage.APPROVED, Stage.PUBLICISED, Stage.TOWNSHIP_REVIEWED,
            Stage.APPLIED, Stage.REJECTED);

    /** A case of an applicant: the bills it is for (indexes into {@link #bills}), the day it was applied for, its stage. */
    public record SampleCase(String idNumber, List<Integer> billIndexes, LocalDate appliedOn, Stage stage) {
    }

    /** What was loaded. */
    public record Loaded(int people, int bills, int cases) {
    }

    /**
     * The scenario of the county {@code countyCode} on {@code today}; the cases' deadlines follow {@code days}, and
     * without its calendar for this year and last (no invented holidays) the township has no cases and the tour says so.
     */
    public static SampleScenario of(String countyCode, LocalDate today, WorkingDays days) {
        SampleTownship town = SampleTownship.forCounty(countyCode);
        SampleYears years = SampleYears.of(town, today);
        List<SamplePerson> people = SampleGenerator.generate(town, today);
        List<SampleBills.SampleBill> bills = SampleBills.bundled().generate(town, people, years);
        boolean calendar = days.covers(today.getYear()) && days.covers(today.getYear() - 1);
        List<SampleCase> cases = calendar ? cases(bills, years) : List.of();
        return new SampleScenario(town, years, people, bills, cases, SampleTour.of(people, bills, cases, years, PolicyRegistry.bundled()));
    }

    /**
     * One case per applicant, at the stages of {@link #STAGES}: on the applicant's bills of the newest year when
     * they end early enough for the stage to be reached by today, else on last year's.
     */
    private static List<SampleCase> cases(List<SampleBills.SampleBill> bills, SampleYears years) {
        Map<String, List<Integer>> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < bills.size(); i++) {
            if (bills.get(i).purpose().equals(SampleBills.APPLICATION)) {
                byPerson.computeIfAbsent(bills.get(i).idNumber(), k -> new ArrayList<>()).add(i);
            }
        }
        List<SampleCase> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Integer>> e : byPerson.entrySet()) {
            if (n == STAGES.size()) {
                break;
            }
            Stage stage = STAGES.get(n++);
            LocalDate appliedOn = years.today().minusDays(daysAgo(stage));
            List<Integer> chosen = null;
            for (SampleBills.Span span : List.of(years.current(), years.previous())) {
                List<Integer> in = e.getValue().stream().filter(i -> !bills.get(i).settled().isBefore(span.from())
                        && !bills.get(i).settled().isAfter(span.to())).toList();
                LocalDate last = in.stream().map(i -> bills.get(i).settled()).max(Comparator.naturalOrder()).orElse(null);
                if (last != null && !last.isAfter(appliedOn)) {
                    chosen = in;
                    break;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("no bills of " + stage + " applicant end before " + appliedOn);
            }
            out.add(new SampleCase(e.getKey(), chosen, appliedOn, stage));
        }
        return out;
    }

    /**
     * How long ago a case at {@code stage} was applied for: long enough for the steps of
     * {@link SampleCases#stageDays} to lie before today even across the Spring Festival.
     */
    static int daysAgo(Stage stage) {
        return switch (stage) {
            case PAID -> 60;
            case APPROVED -> 40;
            case REJECTED -> 20;
            case PUBLICISED -> 21;
            case TOWNSHIP_REVIEWED -> 16;
            case APPLIED -> 2;
        };
    }

    /**
     * Loads everything into the empty store in one transaction: people, bills through the bill store (each
     * computes), then the cases. {@code policies} are the county's (first run: the figures just confirmed).
     */
    public Loaded load(Database db, PolicyRegistry policies, WorkingDays days, Clock clock) {
        if (!cases.isEmpty() && !(days.covers(years.today().getYear()) && days.covers(years.today().getYear() - 1))) {
            throw new IllegalArgumentException("the working-day calendar lacks " + years.today().getYear());
        }
        if (!LocalDate.now(clock).equals(years.today())) {
            throw new IllegalArgumentException("the scenario of " + years.today() + " loaded on " + LocalDate.now(clock));
        }
        return db.inTransaction(c -> {
            int enrolled = SampleLoader.load(db, people, clock);
            List<Long> ids = SampleBills.load(bills, db, policies, clock);
            JdbcPersonStore store = new JdbcPersonStore(db, clock);
            Calculator calculator = new Calculator(policies);
            JdbcBillStore billStore = new JdbcBillStore(db, store, calculator, clock);
            SampleCases writer = new SampleCases(db, store, billStore, new LedgerService(db, store, billStore, calculator, clock),
                    days, clock);
            String reason = SampleBills.bundled().text("case.rejected");
            for (SampleCase k : cases) {
                long personId = store.byIdNumber(k.idNumber()).orElseThrow().id();
                writer.add(personId, k.billIndexes().stream().map(ids::get).toList(), k.appliedOn(), k.stage(), reason);
            }
            return new Loaded(enrolled, ids.size(), cases.size());
        });
    }
}
