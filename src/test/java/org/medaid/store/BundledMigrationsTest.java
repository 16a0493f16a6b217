package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledMigrationsTest {

    @Test
    void theBundledVersionsAreEverySqlFileAndTheJavaMigration() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/db/migration"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .forEach(n -> files.add(n.substring(1, n.indexOf("__"))));
        }
        files.add(new AuditChainMigration().getVersion().getVersion());
        assertEquals(files, new TreeSet<>(BundledMigrations.versions()));
    }

    @Test
    void aStoreMigratedToTheEndHasNothingPendingAndAnOlderOneHas(@TempDir Path folder) throws Exception {
        Database.migratedTo(folder, null, "50").close();
        try (Connection c = plain(folder)) {
            assertTrue(BundledMigrations.pending(c), "a store at V50 lacks the later migrations");
        }
        try (Database db = Database.open(folder)) {
            // the open saw the missing migrations and ran Flyway: the store is at the newest version now
            String newest = BundledMigrations.versions().stream().max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
            assertEquals(newest, db.schemaVersion());
        }
        try (Connection c = plain(folder)) {
            assertFalse(BundledMigrations.pending(c));
        }
        try (Database db = Database.openReadOnly(folder)) {
            assertFalse(db.hasPendingMigrations());
        }
    }

    @Test
    void aFolderWithoutAHistoryCountsAsPending(@TempDir Path folder) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("empty").toAbsolutePath(), "sa", "")) {
            assertTrue(BundledMigrations.pending(c));
        }
    }

    private static Connection plain(Path folder) throws Exception {
        StoreCredentials cred = StoreCredentials.plain();
        return DriverManager.getConnection(cred.ownerUrl(folder.toAbsolutePath()) + ";IFEXISTS=TRUE", cred.ownerUser(), cred.ownerPassword());
    }
}
