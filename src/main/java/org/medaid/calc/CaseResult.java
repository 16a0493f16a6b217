package org.medaid.calc;

import java.util.List;

/** Bills in the order they were given, and the premium subsidy if one was asked for. */
public record CaseResult(List<BillResult> bills, PremiumResult premium) {
}
