package org.medaid.insurance;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.medaid.policy.InsuranceRequirement;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.Tx;

/**
 * What a 未参保 refusal cites (ADR 0092): the clause of the person's own policy that makes basic insurance a condition
 * of assistance ({@code coverage.required}), or that the policy has no such sentence and the condition is unconfirmed
 * for that region, or that no policy is in force; and where the policy's entry is unconfirmed, the county's decision
 * recorded on 设置 › 县级参数 with its own document (ADR 0098). {@code document} is null when no policy is in force;
 * {@code required} is null when the policy carries no entry (a policy made in code; every policy file must carry one);
 * {@code county} is null when the county recorded no decision (never set over a confirmed entry).
 */
public record InsuranceCondition(String document, InsuranceRequirement required, CountyCondition county) {

    public InsuranceCondition {
        if (county != null && (required == null || !required.unconfirmed())) {
            county = null; // a clause of the document itself is not overridden (ADR 0098)
        }
    }

    /** The condition as the policy file alone says it (no county decision). */
    public InsuranceCondition(String document, InsuranceRequirement required) {
        this(document, required, null);
    }

    /** The condition of the policy in force in {@code region} on {@code date} (a bill's settlement date), file only. */
    public static InsuranceCondition of(PolicyRegistry policies, String region, LocalDate date) {
        return of(policies.find(region, date));
    }

    /** The condition as the policy file alone says it. */
    public static InsuranceCondition of(Optional<Policy> policy) {
        return policy.map(p -> new InsuranceCondition(p.document(), p.extras().insuranceRequired()))
                .orElse(new InsuranceCondition(null, null));
    }

    /** The condition of {@code policy} with the county's decision in force in the store, read in the caller's transaction. */
    public static InsuranceCondition of(Tx c, Optional<Policy> policy) throws SQLException {
        if (policy.isEmpty()) {
            return of(policy);
        }
        Policy p = policy.get();
        CountyCondition county = CountyConditions.offered(p) ? CountyConditionRows.current(c, p.id()).orElse(null) : null;
        return new InsuranceCondition(p.document(), p.extras().insuranceRequired(), county);
    }

    /** Whether the region's document says it (otherwise the refusal is the desk's reading or the county's decision). */
    public boolean confirmed() {
        return required != null && !required.unconfirmed();
    }

    /**
     * Whether an application on a bill dated when the person is not insured is refused: always, unless the county
     * recorded, with its document, that assistance does not need basic insurance (ADR 0050's practice kept otherwise).
     */
    public boolean refuses() {
        return county == null || county.required();
    }

    /**
     * The sentence of the refusal: 「医疗救助须已参加基本医疗保险（clause）」 where the document says so; the county's decision
     * with its document where it recorded one; else that the document does not say it, with its note, and that the county
     * is to confirm it.
     */
    public String sentence(Locale locale) {
        if (document == null) {
            return InsuranceTexts.get("insurance.required.NO_POLICY", locale);
        }
        if (required == null) {
            return InsuranceTexts.get("insurance.required.MISSING", locale, document);
        }
        if (county != null) {
            return InsuranceTexts.get(county.required() ? "insurance.required.COUNTY_REQUIRED" : "insurance.required.COUNTY_NOT_REQUIRED",
                    locale, document, county.citation());
        }
        if (required.unconfirmed()) {
            return InsuranceTexts.get("insurance.required.UNCONFIRMED", locale, document, required.source(), required.note());
        }
        return InsuranceTexts.get("insurance.required.CONFIRMED", locale, document, required.source());
    }
}
