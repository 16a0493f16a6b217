package org.medaid.desk.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.medaid.identity.RegionCodes;
import org.medaid.importer.ListImporter;
import org.medaid.policy.PolicyRegistry;
import org.medaid.roster.PremiumList;
import org.medaid.roster.Roster;
import org.medaid.store.AuditLog;
import org.medaid.store.PersonStore;

/**
 * What the screens' view models talk to, made once the database is open. Every call on these services
 * is made from a background task, never from the FX thread. The policy files are read on first use
 * (a few hundred milliseconds of YAML), not before the roster's first page. Settings, backup and restore
 * go through {@code administration}, which checks the session's duties (ADR 0034).
 */
public record DeskServices(
        Path dataFolder,
        String schemaVersion,
        PersonStore people,
        Roster roster,
        AuditLog audit,
        Supplier<PolicyRegistry> policySource,
        RegionCodes regions,
        ListImporter importer,
        Supplier<PremiumList> premiumSource,
        SampleTownships samples,
        org.medaid.users.Administration administration,
        Clock clock) {

    /** Reads the policy files the first time; call it from a background task. */
    public PolicyRegistry policies() {
        return policySource.get();
    }

    /** Made with the policies on first use; call it from a background task. */
    public PremiumList premiumList() {
        return premiumSource.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
