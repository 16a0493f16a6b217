package org.medaid.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.model.Bill;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.Money;
import org.medaid.model.Person;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

/**
 * Settles a person's bills: each bill under the policy of the person's region in force on its
 * settlement date, in ledger order (settlement date, then entry order), with each year's running
 * deductibles and caps (POLICY-NOTES §2). Knows nothing of screens or storage.
 */
public final class Calculator {

    /** Ledger order: settlement date, then entry order ({@code seq}, else id). */
    public static final Comparator<Bill> LEDGER_ORDER = Comparator.comparing(Bill::settlementDate)
            .thenComparing(b -> b.seq() == null ? Long.MAX_VALUE : b.seq())
            .thenComparing(Bill::id);

    private final java.util.function.Supplier<PolicyRegistry> source;

    public Calculator(PolicyRegistry registry) {
        this(() -> registry);
    }

    /** Reads the policies from {@code source} at each calculation: a county figure set meanwhile is used (ADR 0036). */
    public Calculator(java.util.function.Supplier<PolicyRegistry> source) {
        this.source = source;
    }

    public PolicyRegistry registry() {
        return source.get();
    }

    public CaseResult calculate(CaseFile file) {
        PolicyRegistry registry = source.get();
        Person person = file.person();
        checkIds(file.bills());
        List<Bill> ordered = new ArrayList<>(file.bills());
        ordered.sort(LEDGER_ORDER);
        Map<Integer, YearLedger> years = new HashMap<>();
        Map<Bill, BillResult> results = new IdentityHashMap<>();
        for (Bill bill : ordered) {
            LocalDate date = bill.settlementDate();
            Policy policy = policyFor(registry, person.region(), date);
            YearLedger ledger = years.computeIfAbsent(date.getYear(), YearLedger::new);
            results.put(bill, settle(bill, person, policy, ledger));
        }
        List<BillResult> inOrder = file.bills().stream().map(results::get).toList();
        return new CaseResult(inOrder, file.premium() == null ? null
                : new PremiumCalculator(registry).calculate(person, file.premium()));
    }

    /** The policy of the region in force on the date; none is an error, never a silent fallback. */
    public Policy policyFor(String region, LocalDate date) {
        return policyFor(source.get(), region, date);
    }

    private static Policy policyFor(PolicyRegistry registry, String region, LocalDate date) {
        return registry.find(region, date).orElseThrow(() -> new CalculationException(
                "no policy in force for region " + region + " on " + date));
    }

    private static void checkIds(List<Bill> bills) {
        if (bills.size() <= 16) {
            // A person's few bills: compared pairwise, no set built per case.
            for (int i = 1; i < bills.size(); i++) {
                String id = bills.get(i).id();
                for (int j = 0; j < i; j++) {
                    if (id.equals(bills.get(j).id())) {
                        throw new CalculationException("bill id " + id + " appears twice");
                    }
                }
            }
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Bill b : bills) {
            if (!seen.add(b.id())) {
                throw new CalculationException("bill id " + b.id() + " appears twice");
            }
        }
    }

    private BillResult settle(Bill bill, Person person, Policy policy, YearLedger ledger) {
        Set<Category> held = HeldCategories.on(bill.settlementDate(), person.categories(), policy);
        BillContext c = new BillContext(bill, person, policy, held, ledger);
        SecondAudit.checkInput(c);
        c.lines.add(new Line("compliant", Explain.phrase("compliant", bill.total(), bill.outOfCatalog(), bill.classBSelfPay(),
                bill.overLimit(), c.compliant), null, null));
        BasicTier.settle(c);
        ScheduleTier.settle(c, Tier.criticalIllness, policy.criticalIllness(),
                c.compliant.subtract(c.pay.get(Tier.basic)), bill.criticalIllness());
        SecondAudit.supplementary(c);
        ScheduleTier.settle(c, Tier.assistance, policy.assistance(), c.afterInsurance(), bill.assistance());
        boolean tracks = !policy.reAssistance().tracks().isEmpty();
        ScheduleTier.settle(c, Tier.reAssistance, policy.reAssistance().tracks(),
                Money.max0(c.afterInsurance().subtract(c.pay.get(Tier.assistance))), tracks ? bill.reAssistance() : null);
        if (policy.reAssistance().topUp() != null) {
            TopUpTier.settle(c, policy.reAssistance().topUp());
        }
        ReliefTiers.manual(c, policy.reAssistance().manual());
        if (!tracks) {
            SecondAudit.settledReAssistance(c);
        }
        SecondAudit.catalogueShare(c);
        ReliefTiers.waiver(c, policy.hospitalWaiver());
        ReliefTiers.fallback(c, policy.fallback());

        BigDecimal paid = c.paidSoFar();
        BigDecimal selfPay = bill.total().subtract(paid);
        for (Tier t : Tier.ALL) {
            BigDecimal amount = c.pay.get(t);
            if (amount.signum() != 0) {
                ledger.paid.put(t, ledger.paid.get(t).add(amount));
            }
        }
        ledger.selfPay = ledger.selfPay.add(selfPay);
        ledger.burden = ledger.burden.add(Money.max0(c.afterInsurance().subtract(c.pay.get(Tier.assistance))));
        FlagRules.apply(c);
        return new BillResult(bill.id(), policy.id(), bill.settlementDate().getYear(), bill.total(), c.compliant,
                new EnumMap<>(c.pay), selfPay, List.copyOf(c.lines), List.copyOf(c.unconfirmed),
                List.copyOf(c.flags.values()), new EnumMap<>(ledger.paid), ledger.selfPay,
                List.copyOf(ledger.statuses.values()), ledger.topUpCarried, ledger.topUpEntitled, held,
                new EnumMap<>(c.computed), List.copyOf(c.unconfirmedLabels), c.wouldPay);
    }
}
