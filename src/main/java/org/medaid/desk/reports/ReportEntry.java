package org.medaid.desk.reports;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One report of 报表 (ADR 0075): a stable id (remembered for the session), the heading it stands under in the
 * report list and its title (keys of the desk bundle), and how its page is made, once, the first time it is chosen.
 * The desk lists every report in one place, {@code shell.DeskReports}.
 */
public record ReportEntry(String id, String groupKey, String titleKey, Supplier<ReportScreen> make) {

    public ReportEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupKey, "groupKey");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(make, "make");
    }
}
