package org.medaid.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.medaid.model.Category;

/**
 * One policy document as data: where and when it is in force, and every rule with its clause.
 * {@code procedure} is the application procedure (POLICY-NOTES §8), null where the file has none.
 * Loaded from a YAML file by {@link PolicyLoader}; see {@code docs/policy-files.md}.
 */
public record Policy(
        String id,
        String name,
        String document,
        List<String> regions,
        LocalDate from,
        LocalDate to,
        String source,
        List<CategoryTiming> timing,
        BasicRules basic,
        List<Track> criticalIllness,
        List<Track> assistance,
        ReAssistanceRules reAssistance,
        HospitalWaiver hospitalWaiver,
        Fallback fallback,
        PremiumRules premium,
        List<FlagRule> flags,
        Set<Category> namedCategories,
        List<Param> parameters,
        PolicyExtras extras,
        Procedure procedure) {

    public Policy {
        extras = extras == null ? PolicyExtras.NONE : extras;
    }

    public boolean coversRegion(String region) {
        for (String prefix : regions) {
            if (region.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Parameters the document does not give: defaults the county has not confirmed. */
    public List<Param> unconfirmed() {
        return parameters.stream().filter(Param::unconfirmed).toList();
    }
}
