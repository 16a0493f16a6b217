package org.medaid.desk.firstrun;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

/**
 * The policy a county's code decides: the one in force today, or, where the region's last policy has
 * ended (广西 2022 ends 2025-12-31), that last one, marked as no longer in force, so the county still
 * reviews the figures the desk will use for the bills of those years.
 */
public record PolicyToday(Policy policy, boolean inForce) {

    public static Optional<PolicyToday> of(PolicyRegistry registry, String regionCode, LocalDate today) {
        Optional<Policy> now = registry.find(regionCode, today);
        if (now.isPresent()) {
            return Optional.of(new PolicyToday(now.get(), true));
        }
        return registry.all().stream()
                .filter(p -> p.coversRegion(regionCode) && !p.from().isAfter(today))
                .max(Comparator.comparing(Policy::from))
                .map(p -> new PolicyToday(p, false));
    }
}
