package org.medaid.model;

import java.math.BigDecimal;

/**
 * What the calculator needs to know of the person's family for the application flags
 * (潮医保〔2021〕48号 二.8): the family's annual disposable income and what the other members
 * already bear this year. Both optional.
 */
public record Household(BigDecimal annualIncome, BigDecimal othersBurden) {
}
