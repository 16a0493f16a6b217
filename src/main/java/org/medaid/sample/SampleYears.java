package org.medaid.sample;

import java.time.LocalDate;
import java.util.Comparator;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

/**
 * The two years a sample township's bills fall in (ADR 0052): the year of {@code day} from 1 January up to
 * that day, and the whole year before. {@code day} is today, or, where the region's last policy has ended
 * (广西 2022 ends 2025-12-31), that policy's last day: no bill after it can be computed, so the sample's
 * bills stay where the desk can compute them and the tour says so.
 */
public record SampleYears(LocalDate today, LocalDate day, SampleBills.Span previous, SampleBills.Span current) {

    public static SampleYears of(SampleTownship town, LocalDate today) {
        PolicyRegistry policies = PolicyRegistry.bundled();
        LocalDate day = policies.find(town.county(), today).isPresent() ? today
                : policies.all().stream().filter(p -> p.coversRegion(town.county()) && p.to() != null && !p.to().isAfter(today))
                        .map(Policy::to).max(Comparator.naturalOrder())
                        .orElseThrow(() -> new IllegalArgumentException("no policy of " + town.county() + " before " + today));
        LocalDate first = day.withDayOfYear(1);
        return new SampleYears(today, day, new SampleBills.Span(first.minusYears(1), first.minusDays(1)),
                new SampleBills.Span(first, day));
    }

    /** The year the ledgers should be opened on to see the newest bills. */
    public int year() {
        return day.getYear();
    }

    /** Whether the region's policy has ended before today, so the bills stop at its last day. */
    public boolean policyEnded() {
        return !day.equals(today);
    }
}
