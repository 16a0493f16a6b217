package org.medaid.policy;

/**
 * The clause of a policy that makes basic medical insurance a condition of medical assistance ({@code coverage.required}
 * in the policy file, ADR 0092): its citation with the quoted words ({@code source}), or, where the document has no
 * such sentence, {@code unconfirmed} with a {@code note} saying what the document does say. The desk refuses an
 * application on a bill dated when the 参保台账 records the person not insured either way (ADR 0050) and cites this
 * clause, or says the condition is unconfirmed for the region.
 */
public record InsuranceRequirement(String source, boolean unconfirmed, String note) {
}
