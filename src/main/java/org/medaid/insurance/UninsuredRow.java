package org.medaid.insurance;

import java.util.List;
import org.medaid.model.Category;

/**
 * One protected person not shown insured for {@code year}: recorded 未参保 (with the reason) or not recorded
 * at all; {@code daysLeft} to 31 December of the current year (广西通知 一: by the end of December insured for
 * the current and the next year).
 */
public record UninsuredRow(long personId, String name, String idNumber, String region, String village,
        List<Category> categories, int year, CoverageRecord entry, long daysLeft) {

    public boolean recorded() {
        return entry != null;
    }
}
