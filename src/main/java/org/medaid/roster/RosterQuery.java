package org.medaid.roster;

import java.time.LocalDate;
import org.medaid.model.Category;

/**
 * A roster search: {@code text} matched as a name prefix, pinyin initials (张三 → zs), an ID number or its
 * last digits, or a village; optionally one category held today, or categories ending within 30 days.
 */
public record RosterQuery(String text, Category category, boolean endingWithin30Days, LocalDate today) {

    public static RosterQuery all(LocalDate today) {
        return new RosterQuery("", null, false, today);
    }
}
