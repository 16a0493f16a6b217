package org.medaid.calc;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.policy.CategoryTiming;
import org.medaid.policy.Policy;

/** Which categories give benefits on a date under a policy's timing rule (POLICY-NOTES §3). */
public final class HeldCategories {

    private HeldCategories() {
    }

    public static Set<Category> on(LocalDate date, List<CategorySpan> spans, Policy policy) {
        Set<Category> held = EnumSet.noneOf(Category.class);
        for (CategorySpan s : spans) {
            if (!date.isBefore(effectiveFrom(s.from(), policy)) && (s.to() == null || !date.isAfter(effectiveTo(s.to(), policy)))) {
                held.add(s.code());
            }
        }
        return held;
    }

    /** 临医保发〔2022〕13号 六: a category granted from 2022-04-01 gives benefits from the next month. */
    static LocalDate effectiveFrom(LocalDate granted, Policy policy) {
        return nextMonthApplies(granted, policy) ? granted.withDayOfMonth(1).plusMonths(1) : granted;
    }

    /** ... and an exit stops benefits from the first day of the month after the exit. */
    static LocalDate effectiveTo(LocalDate exit, Policy policy) {
        return nextMonthApplies(exit, policy) ? exit.withDayOfMonth(1).plusMonths(1).minusDays(1) : exit;
    }

    private static boolean nextMonthApplies(LocalDate d, Policy policy) {
        CategoryTiming.Rule rule = CategoryTiming.Rule.START_DATE;
        for (CategoryTiming t : policy.timing()) {
            if (t.from() == null || !d.isBefore(t.from())) {
                rule = t.rule();
            }
        }
        return rule == CategoryTiming.Rule.NEXT_MONTH;
    }
}
