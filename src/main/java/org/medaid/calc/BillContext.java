package org.medaid.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.model.Bill;
import org.medaid.model.Category;
import org.medaid.model.Money;
import org.medaid.model.Person;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;

/** One bill being settled: its inputs, and the payments, lines, doubts and flags gathered so far. */
final class BillContext {

    final Bill bill;
    final Person person;
    final Policy policy;
    final Set<Category> held;
    final YearLedger ledger;
    final BigDecimal compliant;
    final EnumMap<Tier, BigDecimal> pay = new EnumMap<>(Tier.class);
    final List<Line> lines = new ArrayList<>();
    final Set<String> unconfirmed = new LinkedHashSet<>();
    final Map<String, FlagNote> flags = new LinkedHashMap<>();
    /** What the unconfirmed figures are called on screen and slip (their labels), in the order used. */
    final Set<String> unconfirmedLabels = new LinkedHashSet<>();
    /** The policy's own figure for each tier the hospital settled (POLICY-NOTES §8, 一站式结算). */
    final EnumMap<Tier, BigDecimal> computed = new EnumMap<>(Tier.class);
    /** What an application track would pay once approved (POLICY-NOTES §7.3); zero when nothing is pending. */
    BigDecimal wouldPay = Money.ZERO;

    BillContext(Bill bill, Person person, Policy policy, Set<Category> held, YearLedger ledger) {
        this.bill = bill;
        this.person = person;
        this.policy = policy;
        this.held = held;
        this.ledger = ledger;
        this.compliant = bill.compliant();
        for (Tier t : Tier.ALL) {
            pay.put(t, Money.ZERO);
        }
    }

    /** Whether a figure used since the last line is one the county has not confirmed. */
    private boolean doubtSinceLastLine;

    /**
     * A line as the slip prints it: the arithmetic, a mark when it used a figure the county has not
     * confirmed (POLICY-NOTES §6; the names are in {@link #unconfirmed}), then the clause in 〔〕.
     */
    void line(Tier tier, Phrase text, String source) {
        String mark = doubtSinceLastLine ? Explain.UNCONFIRMED_MARK : null;
        doubtSinceLastLine = false;
        lines.add(new Line(tier.name(), text, mark, source));
    }

    void use(Param p) {
        if (p != null && p.unconfirmed()) {
            unconfirmed.add(p.name());
            unconfirmedLabels.add(p.shownName());
            doubtSinceLastLine = true;
        }
    }

    void flag(String code, String text, String source) {
        flags.putIfAbsent(code, new FlagNote(code, text, source));
    }

    /** Records the policy's figure beside the hospital's; a difference is flagged with both. */
    void computedBeside(Tier tier, BigDecimal policyFigure, BigDecimal settled) {
        computed.put(tier, policyFigure);
        if (policyFigure.compareTo(settled) != 0) {
            String name = Explain.tier(tier);
            line(tier, Explain.phrase("settled.computed", name, policyFigure), policy.document());
            flag("SETTLED_DIFFERS", Explain.text("flag.SETTLED_DIFFERS", name, settled, policyFigure), "结算台口径说明 §8 一站式结算");
        }
    }

    boolean holdsAny(Set<Category> categories) {
        if (held.isEmpty()) {
            return false;
        }
        for (Category k : held) {
            if (categories.contains(k)) {
                return true;
            }
        }
        return false;
    }

    BigDecimal paidSoFar() {
        BigDecimal sum = Money.ZERO;
        for (Tier t : Tier.ALL) {
            BigDecimal p = pay.get(t);
            if (p.signum() != 0) {
                sum = sum.add(p);
            }
        }
        return sum;
    }

    /**
     * 个人自付合规费用 after basic, critical illness and a supplementary insurance (POLICY-NOTES §7.4):
     * the assistance base, never below 0.
     */
    BigDecimal afterInsurance() {
        return Money.max0(compliant.subtract(pay.get(Tier.basic)).subtract(pay.get(Tier.criticalIllness))
                .subtract(pay.get(Tier.supplementaryInsurance)));
    }
}
