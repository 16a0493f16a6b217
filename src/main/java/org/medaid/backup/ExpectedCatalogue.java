package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;

/**
 * What the catalogue of a store made by this program's migrations looks like at a schema version
 * (ADR 0033): a new encrypted store is migrated in a temporary folder and its catalogue read. A backup
 * must have exactly these objects (tables, indexes, constraints, triggers, aliases, settings, users,
 * rights), no more and no fewer. Made once per version per run.
 */
final class ExpectedCatalogue {

    private static final Map<String, List<StoreCatalogue.Entry>> MADE = new ConcurrentHashMap<>();

    private ExpectedCatalogue() {
    }

    static List<StoreCatalogue.Entry> at(String schemaVersion, boolean encrypted) {
        return MADE.computeIfAbsent(schemaVersion + (encrypted ? "/aes" : "/plain"), v -> make(schemaVersion, encrypted));
    }

    private static List<StoreCatalogue.Entry> make(String schemaVersion, boolean encrypted) {
        Path folder = null;
        try {
            folder = WorkFolders.create("catalogue");
            StoreKey key = StoreKey.random();
            Database db = encrypted ? Database.migratedTo(folder, key, schemaVersion) : Database.migratedTo(folder, null, schemaVersion);
            db.close();
            return StoreCatalogue.read(folder.resolve(BackupFiles.DATABASE), encrypted ? key.filePassword() : null);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.BACKUP_FAILED, "no temporary folder: " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                DatabaseCopy.delete(folder);
            }
        }
    }

    /** The entries of {@code actual} that the migrations did not make, and those missing from it. */
    static List<String> differences(List<StoreCatalogue.Entry> actual, List<StoreCatalogue.Entry> expected) {
        List<StoreCatalogue.Entry> extra = new ArrayList<>(actual);
        List<StoreCatalogue.Entry> missing = new ArrayList<>();
        for (StoreCatalogue.Entry e : expected) {
            if (!extra.remove(e)) {
                missing.add(e);
            }
        }
        List<String> out = new ArrayList<>();
        extra.forEach(e -> out.add("not made by the migrations: " + e.sql()));
        missing.forEach(e -> out.add("missing: " + e.sql()));
        return out;
    }
}
