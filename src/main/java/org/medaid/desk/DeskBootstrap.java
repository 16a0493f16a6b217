package org.medaid.desk;

import java.nio.file.Path;
import java.time.Clock;
import org.medaid.backup.CountyPolicies;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.Memo;
import org.medaid.identity.RegionCodes;
import org.medaid.importer.ListImporter;
import org.medaid.policy.PolicyRegistry;
import org.medaid.roster.JdbcRoster;
import org.medaid.roster.PremiumLists;
import org.medaid.store.Database;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.JdbcPersonStore;

/** Opens the database of a data folder and makes the services the screens use; run on the worker thread. */
public final class DeskBootstrap {

    private DeskBootstrap() {
    }

    /** The services over {@code db}, with the bundled policies joined by {@code -Dmedaid.policies}. */
    public static DeskServices services(Database db, Clock clock) {
        String folder = System.getProperty("medaid.policies");
        // The county's confirmed figures (first run) live in the data folder's policies/ (ADR 0025).
        // The county's own figures (设置 › 县级参数, first run) are a layer in the data folder (ADR 0036), read
        // again whenever the layer file changes, so the next computation uses a figure just set.
        java.util.function.Supplier<PolicyRegistry> policies = folder == null ? new org.medaid.backup.CountyRegistrySource(db.folder())
                : Memo.of(() -> PolicyRegistry.withFolder(Path.of(folder)));
        return new DeskServices(db.folder(), db.schemaVersion(), new JdbcPersonStore(db, clock), new JdbcRoster(db),
                new JdbcAuditLog(db), policies, RegionCodes.bundled(), new ListImporter(db, clock),
                new PremiumLists(db, policies), new BundledSamples(db), clock);
    }
}
