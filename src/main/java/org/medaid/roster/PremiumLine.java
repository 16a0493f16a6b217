package org.medaid.roster;

import java.math.BigDecimal;
import java.util.List;
import org.medaid.model.Category;

/** One person of the premium subsidy list: who, the categories held on the assessment date, and the amounts by fund. */
public record PremiumLine(long personId, String name, String idNumber, String township, String village,
        List<Category> categories, String policy, BigDecimal contribution, BigDecimal subsidy, BigDecimal assistanceFund,
        BigDecimal countyBudget, BigDecimal personPays) {
}
