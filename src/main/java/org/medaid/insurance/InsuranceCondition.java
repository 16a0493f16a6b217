package org.medaid.insurance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.medaid.policy.InsuranceRequirement;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

/**
 * What a 未参保 refusal cites (ADR 0092): the clause of the person's own policy that makes basic insurance a condition
 * of assistance ({@code coverage.required}), or that the policy has no such sentence and the condition is unconfirmed
 * for that region, or that no policy is in force. {@code document} is null when no policy is in force; {@code required}
 * is null when the policy carries no entry (a policy made in code; every policy file must carry one).
 */
public record InsuranceCondition(String document, InsuranceRequirement required) {

    /** The condition of the policy in force in {@code region} on {@code date} (a bill's settlement date). */
    public static InsuranceCondition of(PolicyRegistry policies, String region, LocalDate date) {
        return of(policies.find(region, date));
    }

    public static InsuranceCondition of(Optional<Policy> policy) {
        return policy.map(p -> new InsuranceCondition(p.document(), p.extras().insuranceRequired()))
                .orElse(new InsuranceCondition(null, null));
    }

    /** Whether the region's document says it (otherwise the refusal is the desk's reading, to be confirmed). */
    public boolean confirmed() {
        return required != null && !required.unconfirmed();
    }

    /**
     * The sentence of the refusal: 「医疗救助须已参加基本医疗保险（clause）」 where the document says so, else that the
     * document does not say it, with its note, and that the county is to confirm it.
     */
    public String sentence(Locale locale) {
        if (document == null) {
            return InsuranceTexts.get("insurance.required.NO_POLICY", locale);
        }
        if (required == null) {
            return InsuranceTexts.get("insurance.required.MISSING", locale, document);
        }
        if (required.unconfirmed()) {
            return InsuranceTexts.get("insurance.required.UNCONFIRMED", locale, document, required.source(), required.note());
        }
        return InsuranceTexts.get("insurance.required.CONFIRMED", locale, document, required.source());
    }
}
