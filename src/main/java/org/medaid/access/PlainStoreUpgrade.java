package org.medaid.access;

import org.medaid.session.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiFunction;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.backup.Fingerprint;
import org.medaid.security.Keyring;
import org.medaid.security.KeyringLogin;
import org.medaid.security.KeyringWriter;
import org.medaid.security.LoginLog;
import org.medaid.security.LoginThrottle;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.StoreEncryption;
import org.medaid.store.StoreException;
import org.medaid.users.AuthService;
import org.medaid.users.User;

/**
 * The first login after the upgrade to an encrypted store (ADR 0033). The plain store is the only place
 * the password can be checked, so it is opened plain this once (the one production caller of
 * {@code Database.open(Path)}, ArchitectureTest says so); a right password then: a verified backup, a
 * new random key wrapped under this password into {@value #PENDING}, the file encrypted in place, the
 * keyring moved into place, the encrypted store opened and compared with the backup, an encrypted
 * backup taken, and the plain backup deleted. A crash at any step leaves either the plain store or an
 * encrypted one with its keyring; the next start finishes the move ({@link #finishInterrupted}).
 */
final class PlainStoreUpgrade {

    static final String PENDING = "keyring.upgrade.json";
    static final String BEFORE = "medaid-before-encryption";

    private final Path folder;
    private final Clock clock;
    private final LoginThrottle throttle;

    PlainStoreUpgrade(Path folder, Clock clock, LoginThrottle throttle) {
        this.folder = folder;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** An interrupted upgrade whose file is already encrypted gets its keyring; true when one was moved. */
    static boolean finishInterrupted(Path folder) {
        Path pending = folder.resolve(PENDING);
        if (!Files.isRegularFile(pending) || Keyring.exists(folder)) {
            return false;
        }
        try {
            if (!StoreEncryption.hasStore(folder) || !StoreEncryption.isEncrypted(folder)) {
                Files.delete(pending);
                return false;
            }
            Files.move(pending, folder.resolve(Keyring.FILE), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new StoreException("cannot finish encrypting the store in " + folder + ": " + e.getMessage(), e);
        }
    }

    LoginResult login(String login, char[] password, BiFunction<Database, Session, LoginResult> opened) {
        String name = KeyringLogin.normalize(login);
        LoginLog log = LoginLog.read(folder);
        Optional<java.time.Instant> wait = throttle.waitUntil(log.failures().get(name));
        if (wait.isPresent()) {
            return new LoginResult.Waiting(wait.get());
        }
        Path backups = folder.resolve("backups");
        BackupResult plainBackup;
        Optional<Session> user;
        try (Database plain = Database.open(folder)) {
            user = new AuthService(plain, clock).login(name, password);
            long now = clock.millis();
            if (user.isEmpty()) {
                log.after(name, throttle.oneMore(log.failures().get(name)), new LoginLog.Attempt(name, now, false)).write(folder);
                return new LoginResult.Refused();
            }
            log.after(name, null, new LoginLog.Attempt(name, now, true)).write(folder);
            plainBackup = new BackupService(clock, "upgrade").backup(plain, backups, BEFORE);
        }
        StoreKey key = StoreKey.random();
        Keyring.forKey(key).write(folder.resolve("upgrade"));
        new KeyringWriter(folder.resolve("upgrade")).setPassword(key, name, password);
        try {
            Files.move(folder.resolve("upgrade").resolve(Keyring.FILE), folder.resolve(PENDING), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(folder.resolve("upgrade"));
        } catch (IOException e) {
            throw new StoreException("cannot write the keyring in " + folder + ": " + e.getMessage(), e);
        }
        StoreEncryption.encryptInPlace(folder, key);
        finishInterrupted(folder);
        Database db = Database.open(folder, key);
        Fingerprint now = db.read(Fingerprint::of);
        if (!now.differences(plainBackup.manifest().fingerprint()).isEmpty()) {
            db.close();
            throw new StoreException("the encrypted store differs from the backup " + plainBackup.file()
                    + " taken before: " + now.differences(plainBackup.manifest().fingerprint()), null);
        }
        new BackupService(clock, "upgrade").backup(db, backups, "medaid-encrypted");
        try {
            Files.deleteIfExists(plainBackup.file());
        } catch (IOException e) {
            // the plain copy stays; the ADR tells the administrator to remove old plain backups
        }
        return opened.apply(db, user.get());
    }
}
