package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medaid.store.Tx;
import java.util.List;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database of a backup, unpacked into a temporary folder and opened on its own (never next to the
 * live store), to read its fingerprint and schema version; the folder is deleted on close.
 */
final class DatabaseCopy implements AutoCloseable {

    private final Path folder;
    private final Fingerprint fingerprint;
    private final String schemaVersion;
    private final List<String> administrators;

    private DatabaseCopy(Path folder, Fingerprint fingerprint, String schemaVersion, List<String> administrators) {
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.schemaVersion = schemaVersion;
        this.administrators = administrators;
    }

    /**
     * Unpacks the database in {@code zip}, checks its catalogue as data against what the migrations make at
     * {@code schemaVersion} (nothing of it runs), and only then opens it with H2 as the desk's restricted
     * user to read its fingerprint. A file that is no medaid-desk database is refused.
     */
    static DatabaseCopy open(Path zip, StoreKey key, String schemaVersion) {
        Path folder;
        try {
            folder = WorkFolders.create("verify");
        } catch (IOException e) {
            throw new BackupException(BackupProblem.BACKUP_FAILED, "no temporary folder: " + e.getMessage(), e);
        }
        try {
            Path file = folder.resolve(BackupFiles.DATABASE);
            BackupFiles.extractDatabase(zip, file);
            checkCatalogue(zip, file, key, schemaVersion);
            return Database.readCopyWith(folder, key, 2, copy -> {
                Fingerprint fingerprint = Fingerprint.of(copy);
                return copy.read(c -> new DatabaseCopy(folder, fingerprint, schemaVersion(c, zip), administrators(c)));
            });
        } catch (SQLException | StoreException e) {
            delete(folder);
            throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString(), e);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    private static void checkCatalogue(Path zip, Path file, StoreKey key, String schemaVersion) {
        List<StoreCatalogue.Entry> actual;
        try {
            actual = StoreCatalogue.read(file, key == null ? null : key.filePassword());
        } catch (RuntimeException e) {
            throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString(), e);
        }
        List<String> diff = ExpectedCatalogue.differences(actual, ExpectedCatalogue.at(schemaVersion, key != null));
        if (!diff.isEmpty()) {
            throw new BackupException(BackupProblem.FOREIGN_OBJECTS, zip.getFileName().toString(),
                    new IllegalStateException(String.join("; ", diff)));
        }
    }

    private static String schemaVersion(Tx c, Path zip) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY CAST(\"version\" AS INT) DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString(),
                        new SQLException("no schema history"));
            }
            return rs.getString(1);
        }
    }

    /**
     * The login names of the copy's active 系统管理员 (ADR 0034's roles; before them, the one role column),
     * read as data: who may restore the backup on a new PC with a password.
     */
    private static List<String> administrators(Tx c) throws SQLException {
        boolean roles;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'APP_USER_ROLE'")) {
            roles = rs.next() && rs.getInt(1) > 0;
        }
        String sql = roles
                ? "SELECT u.login_name FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
                        + "WHERE u.active AND r.role = 'ADMINISTRATOR' ORDER BY u.login_name"
                : "SELECT login_name FROM app_user WHERE active AND role = 'ADMINISTRATOR' ORDER BY login_name";
        List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return List.copyOf(out);
    }

    List<String> administrators() {
        return administrators;
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        delete(folder);
    }

    static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the system cleans its temp folder.
        }
    }
}
