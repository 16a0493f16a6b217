package org.medaid.desk.person;

import java.util.List;

/**
 * What the person screen shows of the policies, ready to display: the policy in force today (or why none)
 * and the premium subsidy of one insurance year (or why it cannot be computed). Figures the policy file
 * marks unconfirmed (POLICY-NOTES §6) carry a flag so the screen can mark them.
 */
public record PolicySummary(
        String policyName,
        String policyDocument,
        String policyMissing,
        int premiumYear,
        String premiumMissing,
        String contribution,
        boolean contributionUnconfirmed,
        String subsidy,
        boolean subsidyUnconfirmed,
        String assistanceFund,
        String countyBudget,
        String personPays,
        String basis,
        List<String> unconfirmedNotes) {

    public boolean hasPolicy() {
        return policyMissing == null;
    }

    public boolean hasPremium() {
        return premiumMissing == null;
    }
}
