package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.medaid.calc.CalculationException;
import org.medaid.calc.PremiumCalculator;
import org.medaid.calc.PremiumResult;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;
import org.medaid.model.CategorySpan;
import org.medaid.model.Insurance;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

/**
 * Asks the calculator which policy applies to a person today and what premium subsidy they get for an
 * insurance year, and words the answer for the screen. Pure computation, run as a background task.
 */
public final class PolicySummaries {

    private final Supplier<PolicyRegistry> registry;
    private final Texts texts;
    private PolicyRegistry policies;
    private PremiumCalculator premiums;

    /** {@code registry} is asked on the worker, at the first summary: the policy files may not be read yet. */
    public PolicySummaries(Supplier<PolicyRegistry> registry, Texts texts) {
        this.registry = registry;
        this.texts = texts;
    }

    /** Whether a policy file's region prefixes cover the code (ADR 0066). */
    public synchronized boolean covers(String region) {
        if (policies == null) {
            policies = registry.get();
            premiums = new PremiumCalculator(policies);
        }
        return policies.knowsRegion(region);
    }

    /** {@code region} null: the ID number is not valid yet, nothing can be said. */
    public synchronized PolicySummary of(String region, Insurance insurance, List<CategorySpan> categories, LocalDate today,
            int year) {
        if (policies == null) {
            policies = registry.get();
            premiums = new PremiumCalculator(policies);
        }
        if (region == null) {
            String wait = texts.get("policy.needId");
            return new PolicySummary(null, null, wait, year, wait, null, false, null, false, null, null, null, null, List.of());
        }
        Optional<Policy> today_ = policies.find(region, today);
        String name = today_.map(Policy::name).orElse(null);
        String document = today_.map(Policy::document).orElse(null);
        String missing = today_.isPresent() ? null : texts.format("policy.none", Formats.date(today));
        return premium(region, insurance, categories, year, name, document, missing);
    }

    private PolicySummary premium(String region, Insurance insurance, List<CategorySpan> categories, int year,
            String name, String document, String missing) {
        if (insurance == Insurance.EMPLOYEE) {
            // 资助参保 is the subsidy of the resident scheme's individual contribution; employees pay through work.
            return noPremium(name, document, missing, year, texts.get("premium.employee"));
        }
        Optional<Policy> premiumPolicy = policies.forPremiumYear(region, year);
        if (premiumPolicy.isEmpty()) {
            return noPremium(name, document, missing, year, texts.format("premium.noPolicy", String.valueOf(year)));
        }
        Param contribution = premiumPolicy.get().premium().contribution().get(year);
        if (contribution == null || !contribution.isSet()) {
            return noPremium(name, document, missing, year, texts.format("premium.noContribution", String.valueOf(year),
                    premiumPolicy.get().document()));
        }
        PremiumResult r;
        try {
            r = premiums.calculate(new Person(region, Insurance.RESIDENT, categories), new PremiumRequest(year, null, null));
        } catch (CalculationException e) {
            return noPremium(name, document, missing, year, texts.format("premium.failed", e.getMessage()));
        }
        List<String> notes = new ArrayList<>();
        boolean contributionDoubt = contribution.unconfirmed();
        if (contributionDoubt) {
            notes.add(texts.get("premium.unconfirmed.contribution"));
        }
        boolean subsidyDoubt = r.unconfirmed().stream().anyMatch(n -> !n.equals(contribution.name()));
        if (subsidyDoubt) {
            notes.add(texts.get("premium.unconfirmed.share"));
        }
        String basis = texts.format("premium.basis", String.valueOf(year), Formats.date(LocalDate.of(year - 1, 12, 31)),
                premiumPolicy.get().document());
        return new PolicySummary(name, document, missing, year, null, Formats.money(r.contribution()), contributionDoubt,
                Formats.money(r.subsidy()), subsidyDoubt, Formats.money(r.assistanceFund()), Formats.money(r.countyBudget()),
                Formats.money(r.personPays()), basis, notes);
    }

    private static PolicySummary noPremium(String name, String document, String missing, int year, String why) {
        return new PolicySummary(name, document, missing, year, why, null, false, null, false, null, null, null, null, List.of());
    }
}
