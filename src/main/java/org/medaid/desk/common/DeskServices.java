package org.medaid.desk.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.medaid.calc.Calculator;
import org.medaid.calc.PremiumCalculator;
import org.medaid.identity.RegionCodes;
import org.medaid.importer.ListImporter;
import org.medaid.policy.PolicyRegistry;
import org.medaid.roster.PremiumList;
import org.medaid.roster.Roster;
import org.medaid.store.AuditLog;
import org.medaid.store.PersonStore;

/**
 * What the screens' view models talk to, made once the database is open. Every call on these services
 * is made from a background task, never from the FX thread.
 */
public record DeskServices(
        Path dataFolder,
        String schemaVersion,
        PersonStore people,
        Roster roster,
        AuditLog audit,
        PolicyRegistry policies,
        RegionCodes regions,
        ListImporter importer,
        PremiumList premiumList,
        SampleTownships samples,
        Clock clock) {

    public Calculator calculator() {
        return new Calculator(policies);
    }

    public PremiumCalculator premiums() {
        return new PremiumCalculator(policies);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
