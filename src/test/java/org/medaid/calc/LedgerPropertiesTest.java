package org.medaid.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.medaid.model.Bill;
import org.medaid.model.Money;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.Track;

/**
 * Properties of the year ledger over random people and bills under all five policies (POLICY-NOTES §2,
 * docs/decisions/0003-year-ledger.md, 0004-top-up-ledger.md).
 */
class LedgerPropertiesTest {

    private static final Calculator CALC = new Calculator(PolicyRegistry.bundled());
    /** The annual tiers; the 2019 hospital waiver and fallback are guarantees per bill, not ledgers. */
    private static final Set<Tier> LEDGER_TIERS = EnumSet.of(Tier.basic, Tier.criticalIllness, Tier.assistance, Tier.reAssistance);

    @Provide
    Arbitrary<Scenarios.Scenario> anyYear() {
        return Scenarios.scenarios(false);
    }

    @Provide
    Arbitrary<Scenarios.Scenario> steadyYear() {
        return Scenarios.scenarios(true);
    }

    @Property(tries = 400)
    void paymentsAreNeverNegativeAndNeverAddUpToMoreThanTheBill(@ForAll("anyYear") Scenarios.Scenario s) {
        for (BillResult r : CALC.calculate(s.caseFile()).bills()) {
            BigDecimal sum = Money.ZERO;
            for (Tier t : Tier.values()) {
                assertTrue(r.paid(t).signum() >= 0, r.id() + " " + t + " is negative: " + r.paid(t));
                assertEquals(2, r.paid(t).scale(), r.id() + " " + t + " has two decimals");
                sum = sum.add(r.paid(t));
            }
            assertTrue(sum.compareTo(r.total()) <= 0, r.id() + ": payments " + sum + " exceed the total " + r.total());
            assertEquals(r.total().subtract(sum), r.selfPay(), r.id() + ": selfPay = total − payments");
        }
    }

    @Property(tries = 400)
    void noTierPassesItsAnnualCapOnAnyTrack(@ForAll("anyYear") Scenarios.Scenario s) {
        List<Bill> bills = new ArrayList<>(s.bills());
        Map<String, BillResult> byId = byId(CALC.calculate(s.caseFile(bills)));
        bills.sort(Calculator.LEDGER_ORDER);
        Map<String, BigDecimal> paidOnTrack = new HashMap<>();
        for (Bill b : bills) {
            BillResult r = byId.get(b.id());
            Policy policy = CALC.registry().byId(r.policy()).orElseThrow();
            checkTrack(Tier.criticalIllness, policy.criticalIllness(), b, r, paidOnTrack);
            checkTrack(Tier.assistance, policy.assistance(), b, r, paidOnTrack);
            if (policy.reAssistance().topUp() == null) {
                checkTrack(Tier.reAssistance, policy.reAssistance().tracks(), b, r, paidOnTrack);
            } else {
                BigDecimal cap = policy.reAssistance().topUp().cap().value();
                assertTrue(r.yearToDate().get(Tier.reAssistance).compareTo(cap) <= 0, "top-up passes its cap " + cap);
                assertTrue(r.reAssistanceEntitled().compareTo(cap) <= 0, "top-up entitlement passes its cap " + cap);
            }
        }
    }

    /** The track's paid total, summed here from the bills themselves, never passes the cap of the group that paid. */
    private static void checkTrack(Tier tier, List<Track> tracks, Bill b, BillResult r, Map<String, BigDecimal> paidOnTrack) {
        Track track = tracks.stream().filter(t -> t.kinds().contains(b.kind())).findFirst().orElse(null);
        if (track == null) {
            assertEquals(0, r.paid(tier).signum(), b.id() + ": " + tier + " paid without a track");
            return;
        }
        String key = tier + "/" + track.id();
        BigDecimal paid = paidOnTrack.merge(key, r.paid(tier), BigDecimal::add);
        if (r.paid(tier).signum() == 0) {
            return;
        }
        TrackStatus status = r.tracks().stream().filter(t -> t.tier().equals(tier.name()) && t.track().equals(track.id()))
                .findFirst().orElseThrow();
        assertEquals(0, paid.compareTo(status.paid()), key + ": the ledger's paid total agrees with the bills");
        if (status.cap() != null) {
            assertTrue(paid.compareTo(status.cap()) <= 0, key + ": paid " + paid + " passes the cap " + status.cap());
        }
    }

    @Property(tries = 400)
    void splittingABillIntoTwoSameDayBillsKeepsTheYearsTotals(@ForAll("anyYear") Scenarios.Scenario s,
            @ForAll("fractions") int percent, @ForAll("indexes") int pick) {
        List<Bill> whole = s.bills();
        int i = pick % whole.size();
        List<Bill> split = new ArrayList<>(whole);
        Bill b = split.remove(i);
        split.addAll(i, splitBill(b, percent));
        CaseResult once = CALC.calculate(s.caseFile(whole));
        assertEquals(totals(once), totals(CALC.calculate(s.caseFile(split))));
        // The generator must reach the rules worth testing, not only small bills under every deductible.
        Statistics.label("policy").collect(s.setting().name());
        Statistics.label("top-up owed").collect(once.bills().stream().anyMatch(r -> r.reAssistanceEntitled().signum() > 0));
        Statistics.label("a cap binds").collect(once.bills().stream().anyMatch(r -> r.lines().stream()
                .anyMatch(l -> l.text().contains("年度限额"))));
        Statistics.label("assistance paid").collect(once.bills().stream().anyMatch(r -> r.paid(Tier.assistance).signum() > 0));
        Statistics.label("top-up owed").coverage(c -> c.check(true).count(n -> n >= 2));
        Statistics.label("a cap binds").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("assistance paid").coverage(c -> c.check(true).percentage(p -> p >= 15));
    }

    /**
     * Bills on the same ledgers of every tier (see {@link Scenarios#scenarios(boolean)}): where an upper tier
     * covers a kind a lower ledger does not (special drugs), which bill receives the upper payment, and so the
     * lower tier's base, depends on the order by design (docs/decisions/0003-year-ledger.md).
     */
    @Property(tries = 400)
    void reorderingTheYearsBillsKeepsTheYearsTotals(@ForAll("steadyYear") Scenarios.Scenario s, @ForAll long seed) {
        List<Bill> bills = s.bills();
        List<java.time.LocalDate> dates = new ArrayList<>(bills.stream().map(Bill::settlementDate).toList());
        Collections.shuffle(dates, new Random(seed));
        List<Bill> moved = new ArrayList<>();
        for (int i = 0; i < bills.size(); i++) {
            Bill b = bills.get(i);
            moved.add(new Bill(b.id(), b.seq(), b.kind(), null, dates.get(i), b.hospitalLevel(), b.location(), b.referred(),
                    b.specialDisease(), b.applicationApproved(), b.total(), b.outOfCatalog(), b.classBSelfPay(), b.overLimit(),
                    b.basic(), b.criticalIllness(), b.tiltApproved(), b.outOfCatalogApproved(), b.supplementaryInsurance(),
                    b.assistance(), b.reAssistance(), b.referredFrom()));
        }
        assertEquals(totals(CALC.calculate(s.caseFile(bills))), totals(CALC.calculate(s.caseFile(moved))));
    }

    @Property(tries = 300)
    void theResultDoesNotDependOnTheOrderBillsAreListed(@ForAll("anyYear") Scenarios.Scenario s, @ForAll long seed) {
        List<Bill> listed = new ArrayList<>(s.bills());
        Map<String, BillResult> first = byId(CALC.calculate(s.caseFile(listed)));
        Collections.shuffle(listed, new Random(seed));
        CaseResult shuffled = CALC.calculate(s.caseFile(listed));
        for (int i = 0; i < listed.size(); i++) {
            BillResult r = shuffled.bills().get(i);
            assertEquals(listed.get(i).id(), r.id(), "bills come back in the order given");
            assertEquals(first.get(r.id()), r, "bill " + r.id());
        }
    }

    @Property(tries = 300)
    void aYearComputedBillByBillEqualsTheYearComputedAtOnce(@ForAll("anyYear") Scenarios.Scenario s, @ForAll("indexes") int cut) {
        List<Bill> ordered = new ArrayList<>(s.bills());
        ordered.sort(Calculator.LEDGER_ORDER);
        Map<String, BillResult> atOnce = byId(CALC.calculate(s.caseFile(ordered)));
        List<Bill> prefix = ordered.subList(0, 1 + cut % ordered.size());
        for (BillResult r : CALC.calculate(s.caseFile(prefix)).bills()) {
            assertEquals(atOnce.get(r.id()), r, "bill " + r.id() + " settled before the later bills existed");
        }
    }

    @Provide
    Arbitrary<Integer> fractions() {
        return Arbitraries.integers().between(1, 99);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    /** Two bills of the same day and kind whose amounts add up to the bill's, basic within each part's compliant cost. */
    static List<Bill> splitBill(Bill b, int percent) {
        if (b.supplementaryInsurance() != null) {
            // What a supplementary insurance paid is a figure of the whole bill: which part of a split it would
            // fall on depends on critical illness computed per part, so such a bill stays whole.
            return List.of(b);
        }
        BigDecimal f = BigDecimal.valueOf(percent, 2);
        BigDecimal ooc1 = Money.round2(b.outOfCatalog().multiply(f));
        BigDecimal classB1 = Money.round2(b.classBSelfPay().multiply(f));
        BigDecimal over1 = Money.round2(b.overLimit().multiply(f));
        BigDecimal compliant1 = Money.round2(b.compliant().multiply(f));
        BigDecimal compliant2 = b.compliant().subtract(compliant1);
        BigDecimal basic1 = Money.round2(b.basic().multiply(f));
        if (b.basic().subtract(basic1).compareTo(compliant2) > 0) {
            basic1 = b.basic().subtract(compliant2);
        }
        basic1 = Money.min(basic1, compliant1);
        BigDecimal total1 = compliant1.add(ooc1).add(classB1).add(over1);
        // An employee's settled critical illness and a supplementary insurance are split as given, each part
        // within what its part of the bill leaves.
        BigDecimal ci1 = part(b.criticalIllness(), compliant1.subtract(basic1), compliant2.subtract(b.basic().subtract(basic1)));
        BigDecimal basic2 = b.basic().subtract(basic1);
        BigDecimal ci2 = rest(b.criticalIllness(), ci1);
        BigDecimal supp1 = part(b.supplementaryInsurance(), compliant1.subtract(basic1).subtract(ci1 == null ? Money.ZERO : ci1),
                compliant2.subtract(basic2).subtract(ci2 == null ? Money.ZERO : ci2));
        Bill first = new Bill(b.id() + "a", b.seq(), b.kind(), b.admitted(), b.discharged(), b.hospitalLevel(), b.location(),
                b.referred(), b.specialDisease(), b.applicationApproved(), total1, ooc1, classB1, over1, basic1, ci1, null,
                b.outOfCatalogApproved(), supp1, null, null, null);
        Bill second = new Bill(b.id() + "b", b.seq() + 1, b.kind(), b.admitted(), b.discharged(), b.hospitalLevel(), b.location(),
                b.referred(), b.specialDisease(), b.applicationApproved(), b.total().subtract(total1),
                b.outOfCatalog().subtract(ooc1), b.classBSelfPay().subtract(classB1), b.overLimit().subtract(over1),
                basic2, ci2, null, b.outOfCatalogApproved(),
                rest(b.supplementaryInsurance(), supp1), null, null, null);
        return List.of(first, second);
    }

    /** The first part of a settled amount: as close to half as both parts' room allows. */
    private static BigDecimal part(BigDecimal whole, BigDecimal room1, BigDecimal room2) {
        if (whole == null) {
            return null;
        }
        BigDecimal first = Money.min(Money.round2(whole.divide(BigDecimal.valueOf(2))), Money.max0(room1));
        if (whole.subtract(first).compareTo(room2) > 0) {
            first = Money.min(Money.max0(room1), whole.subtract(Money.max0(room2)));
        }
        return first;
    }

    private static BigDecimal rest(BigDecimal whole, BigDecimal first) {
        return whole == null ? null : whole.subtract(first);
    }

    /**
     * Per year: the total of each annual tier, and for Guangxi's top-up the year's entitlement (what was paid
     * plus what is owed, less what was paid ahead of it; docs/decisions/0004-top-up-ledger.md).
     */
    static Map<String, BigDecimal> totals(CaseResult result) {
        Map<String, BigDecimal> out = new java.util.TreeMap<>();
        for (BillResult r : result.bills()) {
            boolean topUp = CALC.registry().byId(r.policy()).orElseThrow().reAssistance().topUp() != null;
            for (Tier t : LEDGER_TIERS) {
                if (!(topUp && t == Tier.reAssistance)) {
                    out.merge(r.year() + " " + t, r.paid(t), BigDecimal::add);
                }
            }
        }
        result.bills().stream().filter(r -> r.policy().equals("guangxi-2022")).map(BillResult::year).distinct()
                .forEach(y -> out.put(y + " top-up entitlement", latest(result, y).reAssistanceEntitled()));
        return out;
    }

    /** The bill of the year settled last: its year-to-date payments and self-pay add up to the most billed. */
    private static BillResult latest(CaseResult result, int year) {
        BillResult best = null;
        for (BillResult r : result.bills()) {
            if (r.year() == year && (best == null || r.yearSelfPay().add(sum(r.yearToDate()))
                    .compareTo(best.yearSelfPay().add(sum(best.yearToDate()))) > 0)) {
                best = r;
            }
        }
        return best;
    }

    private static BigDecimal sum(Map<Tier, BigDecimal> m) {
        return m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BillResult> byId(CaseResult r) {
        Map<String, BillResult> out = new HashMap<>();
        r.bills().forEach(b -> out.put(b.id(), b));
        return out;
    }
}
