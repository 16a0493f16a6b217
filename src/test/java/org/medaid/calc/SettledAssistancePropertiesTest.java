package org.medaid.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.medaid.model.Bill;
import org.medaid.model.Money;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.Track;

/**
 * Hospital-settled assistance (POLICY-NOTES §8, 一站式结算) over random years: it stands as given, the policy's
 * figure is reported beside it, nothing is negative, the parts add up, and a computed payment never takes a
 * track past its cap (the settled amounts count toward it, and may alone pass it: that is the hospital's error).
 */
class SettledAssistancePropertiesTest {

    private static final Calculator CALC = new Calculator(PolicyRegistry.bundled());

    @Provide
    Arbitrary<Scenarios.Scenario> anyYear() {
        return Scenarios.scenarios(false);
    }

    @Provide
    Arbitrary<List<Integer>> shares() {
        return Arbitraries.integers().between(0, 100).list().ofMinSize(8).ofMaxSize(8);
    }

    @Property(tries = 300)
    void settledAssistanceStandsAndNoComputedPaymentPassesTheCap(@ForAll("anyYear") Scenarios.Scenario s,
            @ForAll("shares") List<Integer> shares) {
        List<Bill> bills = new ArrayList<>();
        for (int i = 0; i < s.bills().size(); i++) {
            bills.add(settled(s.bills().get(i), shares.get(i)));
        }
        CaseResult result = CALC.calculate(s.caseFile(bills));
        Map<String, BigDecimal> paidOnTrack = new HashMap<>();
        Map<String, BigDecimal> settledOnTrack = new HashMap<>();
        List<Bill> ordered = new ArrayList<>(bills);
        ordered.sort(Calculator.LEDGER_ORDER);
        Map<String, BillResult> byId = new HashMap<>();
        result.bills().forEach(r -> byId.put(r.id(), r));
        for (Bill b : ordered) {
            BillResult r = byId.get(b.id());
            BigDecimal sum = Money.ZERO;
            for (Tier t : Tier.values()) {
                assertTrue(r.paid(t).signum() >= 0, b.id() + " " + t + " is negative");
                sum = sum.add(r.paid(t));
            }
            assertEquals(r.total().subtract(sum), r.selfPay(), b.id() + ": selfPay = total − payments");
            assertTrue(r.selfPay().signum() >= 0, b.id() + ": payments exceed the total");
            Track track = CALC.registry().byId(r.policy()).orElseThrow().assistance().stream()
                    .filter(t -> t.kinds().contains(b.kind())).findFirst().orElse(null);
            if (b.assistance() != null) {
                assertEquals(b.assistance(), r.paid(Tier.assistance), b.id() + ": the hospital's assistance stands");
                assertNotNull(r.computed().get(Tier.assistance), b.id() + ": the policy's figure is reported beside it");
                boolean differs = r.computed().get(Tier.assistance).compareTo(b.assistance()) != 0;
                assertEquals(differs, r.flags().stream().anyMatch(f -> f.code().equals("SETTLED_DIFFERS")),
                        b.id() + ": SETTLED_DIFFERS exactly when the figures differ");
            }
            if (track == null) {
                continue;
            }
            String key = r.year() + "/" + track.id();
            BigDecimal paid = paidOnTrack.merge(key, r.paid(Tier.assistance), BigDecimal::add);
            if (b.assistance() != null) {
                settledOnTrack.merge(key, b.assistance(), BigDecimal::add);
            }
            TrackStatus status = r.tracks().stream().filter(t -> t.tier().equals("assistance") && t.track().equals(track.id()))
                    .findFirst().orElse(null);
            if (b.assistance() == null && r.paid(Tier.assistance).signum() > 0 && status != null && status.cap() != null) {
                BigDecimal allowed = Money.max(status.cap(), settledOnTrack.getOrDefault(key, Money.ZERO));
                assertTrue(paid.compareTo(allowed) <= 0, key + ": computed payment takes the year to " + paid
                        + ", past the cap " + status.cap());
            }
        }
    }

    /** Above 40: the hospital settled the bill one-stop, assistance a share of what basic and critical illness left. */
    private static Bill settled(Bill b, int share) {
        if (share <= 40) {
            return b;
        }
        BigDecimal left = b.compliant().subtract(b.basic());
        BigDecimal ci = b.criticalIllness() != null ? b.criticalIllness() : Money.round2(left.multiply(new BigDecimal("0.30")));
        BigDecimal assistance = Money.round2(left.subtract(ci).multiply(BigDecimal.valueOf(share - 40, 2)));
        BigDecimal supp = b.supplementaryInsurance() == null ? null
                : Money.min(b.supplementaryInsurance(), Money.max0(b.total().subtract(b.basic()).subtract(ci).subtract(assistance)));
        return new Bill(b.id(), b.seq(), b.kind(), b.admitted(), b.discharged(), b.hospitalLevel(), b.location(), b.referred(),
                b.specialDisease(), b.applicationApproved(), b.total(), b.outOfCatalog(), b.classBSelfPay(), b.overLimit(),
                b.basic(), ci, b.tiltApproved(), b.outOfCatalogApproved(), supp, assistance, null, null);
    }
}
