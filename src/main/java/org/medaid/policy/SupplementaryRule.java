package org.medaid.policy;

/**
 * A supplementary insurance the document deducts before assistance (POLICY-NOTES §7.4): 特惠保
 * (邵医保发〔2019〕13号 二(三)) or 其他补充医疗保险 (潮医保〔2021〕48号 二.7, 二.8). {@code name} is the
 * insurance as the document calls it. A policy without one refuses the bill field.
 */
public record SupplementaryRule(String name, String source) {
}
