package org.medaid.calc;

import java.math.BigDecimal;
import java.util.List;

/** The premium subsidy of one insurance year and who pays it. */
public record PremiumResult(int year, String policy, BigDecimal contribution, BigDecimal subsidy,
        BigDecimal assistanceFund, BigDecimal countyBudget, BigDecimal personPays, List<Line> lines, List<String> unconfirmed) {
}
