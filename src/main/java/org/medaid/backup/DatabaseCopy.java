package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

    private DatabaseCopy(Path folder, Fingerprint fingerprint, String schemaVersion) {
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.schemaVersion = schemaVersion;
    }

    /** Unpacks and reads the database in {@code zip}; a file that is no medaid-desk database is refused. */
    static DatabaseCopy open(Path zip) {
        Path folder;
        try {
            folder = Files.createTempDirectory("medaid-verify");
        } catch (IOException e) {
            throw new BackupException(BackupProblem.BACKUP_FAILED, "no temporary folder: " + e.getMessage(), e);
        }
        try {
            BackupFiles.extractDatabase(zip, folder.resolve(BackupFiles.DATABASE));
            // IFEXISTS: H2 must never create an empty database where the file is missing.
            String url = "jdbc:h2:file:" + folder.resolve("medaid") + ";IFEXISTS=TRUE";
            try (Connection c = DriverManager.getConnection(url, "medaid", "")) {
                String version = schemaVersion(c, zip);
                Fingerprint f = Fingerprint.of(c);
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return new DatabaseCopy(folder, f, version);
            }
        } catch (SQLException e) {
            delete(folder);
            throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString(), e);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    private static String schemaVersion(Connection c, Path zip) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString(),
                        new SQLException("no schema history"));
            }
            return rs.getString(1);
        }
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
