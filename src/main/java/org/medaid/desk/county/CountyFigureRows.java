package org.medaid.desk.county;

import org.medaid.desk.common.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medaid.backup.CountyFigure;
import org.medaid.policy.FlagRule;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;

/**
 * The figures a county sets for one policy (ADR 0036), as 设置 › 县级参数 lists them: the individual
 * contribution of each insurance year the policy's subsidy covers up to next year, the per-capita
 * disposable income, and every figure the file leaves unconfirmed; each with what the county set.
 */
final class CountyFigureRows {

    /** One row: the figure's path, its label, the value in force, and the county's setting of it (or null). */
    record Row(String figure, String label, Param param, CountyFigure set) {
    }

    private CountyFigureRows() {
    }

    static List<Row> of(Policy policy, List<CountyFigure> layer, LocalDate today) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, CountyFigure> set = new LinkedHashMap<>();
        layer.stream().filter(c -> c.policy().equals(policy.id())).forEach(c -> set.put(c.figure(), c));
        if (policy.premium() != null) {
            int last = today.getYear() + 1;
            if (policy.premium().toYear() != null) {
                last = Math.min(last, policy.premium().toYear());
            }
            for (int y = policy.premium().fromYear(); y <= last; y++) {
                String name = "premium.contribution." + y;
                Param p = policy.premium().contribution().get(y);
                rows.put(name, new Row(name, p != null && p.label() != null ? p.label() : Texts.load(org.medaid.model.Labels.locale()).format("county.contribution", y), p,
                        set.get(name)));
            }
        }
        for (FlagRule r : policy.flags()) {
            if (r.kind() == FlagRule.Kind.BURDEN_OVER_INCOME && r.amount() != null) {
                rows.put(r.amount().name(), new Row(r.amount().name(), r.amount().shownName(), r.amount(), set.get(r.amount().name())));
            }
        }
        for (Param p : policy.unconfirmed()) {
            rows.putIfAbsent(p.name(), new Row(p.name(), p.shownName(), p, set.get(p.name())));
        }
        // A figure the county set stays listed (it is now confirmed, so no longer among the unconfirmed).
        for (CountyFigure c : set.values()) {
            Param p = policy.parameters().stream().filter(x -> x.name().equals(c.figure())).findFirst().orElse(null);
            rows.putIfAbsent(c.figure(), new Row(c.figure(), p == null ? c.figure() : p.shownName(), p, c));
        }
        return new ArrayList<>(rows.values());
    }
}
