package org.medaid.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.medaid.security.StoreKey;
import org.medaid.store.crypt.AesFilePath;

/**
 * How the desk logs in to H2 (ADR 0033). An encrypted store has two H2 users, both with passwords
 * derived from the store key: {@value #OWNER}, the administrator that runs migrations, backups and
 * shutdown, and {@value #APP}, which the desk works as: it may read and write rows of the public schema
 * and nothing else (no CREATE, ALTER, DROP, no triggers, no aliases, no users). A test's plain store
 * keeps H2's single user {@code medaid} with no password.
 */
final class StoreCredentials {

    static final String OWNER = "OWNER";
    static final String APP = "DESK";
    private static final String PLAIN_USER = "medaid";
    private static final String NO_TRACE_FILE = ";TRACE_LEVEL_FILE=0";

    private final StoreKey key;

    private StoreCredentials(StoreKey key) {
        this.key = key;
    }

    static StoreCredentials plain() {
        return new StoreCredentials(null);
    }

    static StoreCredentials encrypted(StoreKey key) {
        return new StoreCredentials(key);
    }

    Optional<StoreKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * The URL the desk works through. {@code REUSE_SPACE=FALSE}: H2 appends every commit at the end of the
     * file and never writes into space freed inside it, so after a crash the newest commit is the chunk at
     * the end of the file, where H2's recovery looks first (ADR 0053; with space reuse, a commit written into
     * a freed gap was lost after a kill, 14 records in 10 kills).
     */
    String url(Path dir) {
        return base(dir) + ";REUSE_SPACE=FALSE";
    }

    /**
     * The working URL as the store's owner, who alone may set {@code TRACE_LEVEL_FILE=0}: H2 writes no
     * {@code medaid.trace.db} beside the store (its error lines can quote the values of a failed statement:
     * personal data in clear).
     */
    String ownerUrl(Path dir) {
        return url(dir) + NO_TRACE_FILE;
    }

    /**
     * The URL of the maintenance open before the desk's own (ADR 0053): space is reused, so the clean
     * {@code SHUTDOWN COMPACT} that follows can move chunks together and give back what the appended
     * sessions left behind.
     */
    String compactingUrl(Path dir) {
        return base(dir) + NO_TRACE_FILE;
    }

    /**
     * An encrypted store is named through {@link AesFilePath} (ADR 0107): the same file as H2's {@code CIPHER=AES}
     * with the key's file password, read and written with the processor's AES instructions.
     */
    private String base(Path dir) {
        String db = dir.resolve("medaid").toString();
        return "jdbc:h2:" + (key == null ? "file:" + db : AesFilePath.name(db, key.filePassword())) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    String ownerUser() {
        return key == null ? PLAIN_USER : OWNER;
    }

    String ownerPassword() {
        return key == null ? "" : withFile(key.ownerPassword());
    }

    String appUser() {
        return key == null ? PLAIN_USER : APP;
    }

    String appPassword() {
        return key == null ? "" : withFile(key.appPassword());
    }

    /** The user's password alone: the file password went to {@link AesFilePath} with the file name. */
    private String withFile(char[] userPassword) {
        return new String(userPassword);
    }

    Connection ownerConnection(Path dir) throws SQLException {
        return DriverManager.getConnection(ownerUrl(dir), ownerUser(), ownerPassword());
    }

    /** Creates the desk's user once and grants it row access to the public schema (tables made later included). */
    void grantAppUser(DataSource owner) {
        if (key == null) {
            return;
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            // hex digits only: safe to write into the statement
            s.execute("CREATE USER IF NOT EXISTS " + APP + " PASSWORD '" + new String(key.appPassword()) + "'");
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + APP);
        } catch (SQLException e) {
            throw Sql.failure("cannot set up the desk's database user", e);
        }
    }
}
