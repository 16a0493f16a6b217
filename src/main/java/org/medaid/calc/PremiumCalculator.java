package org.medaid.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medaid.model.Category;
import org.medaid.model.Money;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.policy.Fund;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.PremiumGroup;

/**
 * The premium subsidy (资助参保) for an insurance year, under the policy whose subsidy rules cover that
 * year (POLICY-NOTES §5), on the categories held on the assessment date. Several categories: the highest.
 */
public final class PremiumCalculator {

    private final PolicyRegistry registry;

    public PremiumCalculator(PolicyRegistry registry) {
        this.registry = registry;
    }

    public PremiumResult calculate(Person person, PremiumRequest request) {
        int year = request.year();
        Policy policy = registry.forPremiumYear(person.region(), year).orElseThrow(() -> new CalculationException(
                "no premium-subsidy policy for region " + person.region() + " and insurance year " + year));
        Set<String> unconfirmed = new LinkedHashSet<>();
        if (person.insurance() == org.medaid.model.Insurance.EMPLOYEE) {
            // POLICY-NOTES §7.2: the subsidies are for 城乡居民医保 contributions; an employee's is not one.
            BigDecimal own = request.contribution() == null ? Money.ZERO : Money.round2(request.contribution());
            return new PremiumResult(year, policy.id(), own, Money.ZERO, Money.ZERO, Money.ZERO, own,
                    List.of(new Line("premium", Explain.text("premium.employee"), policy.premium().source())), List.of());
        }
        BigDecimal contribution = request.contribution();
        if (contribution == null) {
            Param p = policy.premium().contribution().get(year);
            if (p == null || !p.isSet()) {
                throw new MissingFigureException(policy, "premium.contribution." + year,
                        Explain.text("missing.contribution", policy.name(), year));
            }
            if (p.unconfirmed()) {
                unconfirmed.add(p.name());
            }
            contribution = Money.round2(p.value());
        }
        if (contribution.signum() < 0) {
            throw new CalculationException("premium contribution is below zero");
        }
        Set<Category> held = HeldCategories.on(request.assessmentDate(), person.categories(), policy);
        Choice best = null;
        for (PremiumGroup g : policy.premium().groups()) {
            if (g.categories().stream().anyMatch(held::contains)) {
                Choice c = choice(g, year, contribution);
                if (c != null && (best == null || c.subsidy.compareTo(best.subsidy) > 0)) {
                    best = c;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        if (best == null) {
            lines.add(new Line("premium", Explain.text("premium.none"), policy.premium().source()));
            return new PremiumResult(year, policy.id(), contribution, Money.ZERO, Money.ZERO, Money.ZERO, contribution,
                    lines, List.copyOf(unconfirmed));
        }
        if (best.rate != null && best.rate.unconfirmed()) {
            unconfirmed.add(best.rate.name());
        }
        String mark = unconfirmed.isEmpty() ? "" : Explain.text("unconfirmed.mark");
        lines.add(new Line("premium", best.text + mark + " 〔" + best.group.source() + "〕", best.group.source()));
        return new PremiumResult(year, policy.id(), contribution, best.subsidy, best.assistance, best.county,
                contribution.subtract(best.subsidy), lines, List.copyOf(unconfirmed));
    }

    private record Choice(PremiumGroup group, Param rate, BigDecimal subsidy, BigDecimal assistance, BigDecimal county, String text) {
    }

    private static Choice choice(PremiumGroup g, int year, BigDecimal contribution) {
        if (g.fixed() != null) {
            BigDecimal fixed = Money.min(Money.round2(g.fixed().value()), contribution);
            BigDecimal rest = g.remainderFund() == null ? Money.ZERO : contribution.subtract(fixed);
            BigDecimal fromAssistance = (g.fund() == Fund.ASSISTANCE ? fixed : Money.ZERO)
                    .add(g.remainderFund() == Fund.ASSISTANCE ? rest : Money.ZERO);
            BigDecimal fromCounty = (g.fund() == Fund.COUNTY ? fixed : Money.ZERO)
                    .add(g.remainderFund() == Fund.COUNTY ? rest : Money.ZERO);
            return new Choice(g, g.fixed(), fixed.add(rest), fromAssistance, fromCounty, Explain.text("premium.fixed", fixed, rest));
        }
        Param share = g.shareByYear().getOrDefault(year, g.share());
        if (share == null) {
            return null;
        }
        BigDecimal subsidy = Money.round2(contribution.multiply(share.value()));
        boolean assistance = g.fund() == Fund.ASSISTANCE;
        return new Choice(g, share, subsidy, assistance ? subsidy : Money.ZERO, assistance ? Money.ZERO : subsidy,
                Explain.text("premium.share", contribution, Explain.pct(share.value()), subsidy));
    }
}
