package org.medaid.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medaid.model.Money;
import org.medaid.policy.Param;

/**
 * Names an unconfirmed figure for the clerk: {@code basic.table[3].deductible} becomes 基本医保起付线
 * 1,200.00 (the first and last parts of the parameter's path, and its value when the policy holds it).
 * POLICY-NOTES §6: every slip that used such a figure says so.
 */
final class UnconfirmedText {

    private static final Set<String> RATES = Set.of("rate", "ratio", "rateBonus", "share", "firstSelfPay");

    private UnconfirmedText() {
    }

    static String describe(PrintText text, SlipPolicy policy, List<String> names) {
        return String.join(text.get("common.listSep"), names.stream().map(n -> describe(text, n, policy.parameter(n))).toList());
    }

    static String describe(PrintText text, String name, Optional<Param> param) {
        if (text.chinese() && param.isPresent() && param.get().label() != null) {
            // Every figure of a policy file has its Chinese label (ADR 0005 #24).
            String[] leaf = name.split("\\.");
            String value = value(leaf[leaf.length - 1], param.get().value());
            return value.isEmpty() ? param.get().label() : param.get().label() + " " + value;
        }
        String[] parts = name.replaceAll("\\[\\d+]", "").split("\\.");
        String area = text.find("param." + parts[0]);
        String item = text.find("param.item." + parts[parts.length - 1]);
        if (area == null || item == null) {
            return param.map(p -> name + " " + value(parts[parts.length - 1], p.value())).orElse(name);
        }
        String value = param.map(p -> value(parts[parts.length - 1], p.value())).orElse("");
        String named = text.format("param.join", area, item);
        return value.isEmpty() ? named : named + " " + value;
    }

    private static String value(String item, BigDecimal v) {
        if (v == null) {
            return "";
        }
        return RATES.contains(item) ? Money.percent(v) : Money.format(v);
    }
}
