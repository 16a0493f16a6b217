package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made by the release before this one (schema V1–V5, V10, V20, V21 and V50) opens with this release:
 * the migrations numbered below V50 that it lacks are applied out of order, and what it held is kept.
 */
class StoreUpgradeTest {

    /** The migrations of the previous release (commit ab691c4). */
    private static final List<String> PREVIOUS = List.of("V1__people.sql", "V2__bills.sql", "V3__users.sql",
            "V4__applications.sql", "V5__print_log.sql", "V10__input_limits.sql", "V20__settlements.sql",
            "V21__application_figures.sql", "V50__notice_calendar.sql");

    @TempDir
    Path folder;

    @TempDir
    Path scripts;

    @Test
    void aStoreOfThePreviousReleaseGetsTheMigrationsNumberedBelowItsVersion() throws Exception {
        for (String name : PREVIOUS) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                assertTrue(in != null, "missing migration " + name);
                Files.copy(in, scripts.resolve(name));
            }
        }
        StoreCredentials plain = StoreCredentials.plain();
        Path dir = folder.toAbsolutePath();
        Flyway.configure().dataSource(plain.url(dir), plain.ownerUser(), plain.ownerPassword())
                .locations("filesystem:" + scripts).load().migrate();
        try (var c = plain.ownerConnection(dir); var s = c.createStatement()) {
            s.execute("INSERT INTO app_user(version, login_name, display_name, role, password_hash, password_salt, "
                    + "password_iterations, created_by, created_at, password_changed_at) VALUES (1, 'old', '旧用户', "
                    + "'CLERK', 'x', 'y', 120000, 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }

        try (Database db = Database.open(folder)) {
            assertEquals(latest(), db.schemaVersion());
            long users = db.read(tx -> {
                try (var ps = tx.prepareStatement("SELECT COUNT(*) FROM app_user WHERE login_name = 'old'");
                        var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(1, users, "the old store's rows are kept");
        }
    }

    private static String latest() throws IOException {
        try (var names = Files.list(Path.of("src/main/resources/db/migration"))) {
            return names.map(p -> p.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"))
                    .mapToInt(Integer::parseInt).max().orElseThrow() + "";
        }
    }
}
