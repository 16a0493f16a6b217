package org.medaid.access;

import org.medaid.session.Session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.medaid.settings.DeskSettings;
import org.medaid.recovery.StoreOpening;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.security.Keyring;
import org.medaid.security.KeyringLogin;
import org.medaid.security.LoginThrottle;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.StoreEncryption;
import org.medaid.users.AuthService;
import org.medaid.users.LoginAudit;
import org.medaid.users.User;

/**
 * The way into a data folder's store (ADR 0033): nothing opens it but a login. With a keyring, the
 * password unwraps the store key and the store opens encrypted; a folder with neither store nor keyring
 * gets a new random key (the first run); a plain store from before encryption is encrypted in place at
 * its first login ({@link PlainStoreUpgrade}). The result of a login is one value, {@link LoginResult},
 * that the desk (and the session built on it) takes.
 */
public final class StoreAccess {

    /** What the data folder holds before anyone logs in. */
    public enum State { FIRST_RUN, ENCRYPTED, PLAIN }

    private final Path folder;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final StoreOpening opening;
    private volatile Database open;
    /** The desk's logins show the first page while the store's full check runs (ADR 0090). */
    private volatile boolean checkAfterFirstPage;
    private final java.util.concurrent.atomic.AtomicBoolean checkStarted = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile java.util.function.BiConsumer<Integer, Integer> checkProgress = (done, all) -> { };

    /** The desk's access: the store check at login offers the backups of the data settings (ADR 0030). */
    public StoreAccess(Path folder, Clock clock) {
        this(folder, clock, checkedOpening(folder, clock));
    }

    public StoreAccess(Path folder, Clock clock, StoreOpening opening) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
        this.opening = opening;
    }

    /**
     * The check every login's open of the store passes (ADR 0030): H2 opens it read-only, every migration
     * succeeded, every table reads, the audit hash chain is intact (ADR 0035).
     */
    public static StoreOpening checkedOpening(Path folder, Clock clock) {
        return new StoreOpening(DeskSettings.forUser().backupFolder(folder.toAbsolutePath()),
                List.of(AuditChainBrokenException.verifier()), clock);
    }

    public Path folder() {
        return folder;
    }

    /**
     * The desk's way (ADR 0090): a login opens the store read-only after the quick part of its check (H2 opens it,
     * no migration is due, it reaches its tip marker) and the desk shows it; the rest of the check (every row of
     * every table, the audit chain) runs from {@link #startCheck()}, and nothing is written until it passed.
     * Without this call (tests, tools), a login returns only once the whole check passed, as before.
     */
    public StoreAccess checkingAfterTheFirstPage() {
        this.checkAfterFirstPage = true;
        return this;
    }

    /**
     * Told (parts passed, parts in all) while the check of {@link #checkingAfterTheFirstPage} runs, on its thread; and
     * during a login whose store is checked whole before it opens (one that migrates, or was just restored), on the
     * login's thread (ADR 0106).
     */
    public void onCheckProgress(java.util.function.BiConsumer<Integer, Integer> progress) {
        this.checkProgress = progress == null ? (done, all) -> { } : progress;
    }

    /**
     * Starts the rest of the check of the store a login opened for reading, on a thread of its own, once (the desk
     * calls it when the first page is on screen; a transaction that has to wait calls it too). When it passed, the
     * store is open for work and the login's queued audit rows are written; when it failed, the store's
     * {@link Database#whenOpenForWork()} fails with the {@link org.medaid.recovery.DamagedStoreException}.
     * Does nothing for a store that is open for work.
     */
    public void startCheck() {
        Database db = open;
        if (db == null || !db.isChecking() || !checkStarted.compareAndSet(false, true)) {
            return;
        }
        Thread check = new Thread(() -> {
            try {
                opening.finishCheck(db, db.key().orElse(null), (done, all) -> checkProgress.accept(done, all),
                        StoreAccess.this::flushLogins);
            } catch (RuntimeException e) {
                // the store's whenOpenForWork() carries it to the desk; the check's own log line says what failed
                org.slf4j.LoggerFactory.getLogger(StoreAccess.class).warn("the store check after the first page failed: {}",
                        e.getClass().getSimpleName());
            } catch (Error e) {
                // out of memory in the check: the store is never opened for work, its waiting writes are told
                db.fail(new org.medaid.store.StoreException("the store check stopped: " + e, e));
                throw e;
            }
        }, "store-check");
        check.setDaemon(true);
        check.start();
    }

    public State state() {
        PlainStoreUpgrade.finishInterrupted(folder);
        org.medaid.backup.RestoreService.finishNewDesk(folder);
        Optional<Keyring> ring = Keyring.read(folder);
        if (ring.isPresent() && (ring.get().hasUsers() || !ring.get().entries().isEmpty())) {
            return State.ENCRYPTED;
        }
        if (ring.isPresent()) {
            // a first run left before its administrator existed: its store holds nothing anyone can read
            return State.FIRST_RUN;
        }
        return StoreEncryption.hasStore(folder) ? State.PLAIN : State.FIRST_RUN;
    }

    /** The first run: a new random key and a new encrypted store; the administrator's password wraps it. */
    public synchronized Database createNew() {
        if (state() != State.FIRST_RUN) {
            throw new IllegalStateException("the data folder " + folder + " already holds a store");
        }
        StoreKey key = StoreKey.random();
        StoreEncryption.discardUnreadable(folder);
        Keyring.forKey(key).write(folder);
        open = Database.open(folder, key);
        return open;
    }

    /** The store once a login opened it (a later login of another user reuses it). */
    public Optional<Database> database() {
        return Optional.ofNullable(open);
    }

    /**
     * A login: the name's delay, then the password against the keyring (or, for a plain store, against
     * the store's users, after which the store is encrypted), then the store opened and the user checked
     * active there, then the queued attempts written to the audit trail.
     */
    public synchronized LoginResult login(String login, char[] password) {
        if (state() == State.PLAIN) {
            return new PlainStoreUpgrade(folder, clock, throttle).login(login, password, this::opened);
        }
        org.medaid.logging.Timing.mark("login: unlocking the key");
        KeyringLogin.Outcome outcome = new KeyringLogin(folder, throttle).unlock(login, password);
        if (outcome instanceof KeyringLogin.Waiting w) {
            return new LoginResult.Waiting(w.until());
        }
        if (!(outcome instanceof KeyringLogin.Unlocked u)) {
            return new LoginResult.Refused();
        }
        org.medaid.logging.Timing.mark("login: key unlocked, checking and opening the store");
        // a damaged store (or a broken audit chain) throws DamagedStoreException here: never opened for work
        Database db = open != null ? open : openChecked(u.key());
        org.medaid.logging.Timing.mark("login: store open, checking the user");
        // the unwrap above checked the password: the store's own hash is not derived again (ADR 0079)
        Optional<Session> user = new AuthService(db, clock).loginUnlocked(u.login(), u.key());
        org.medaid.logging.Timing.mark("login: user checked");
        if (user.isEmpty()) {
            // the keyring still holds a user the store has deactivated or never had (a restored older store)
            if (open == null) {
                db.close();
            }
            return new LoginResult.Refused();
        }
        return opened(db, user.get());
    }

    /** The login attempts queued in the data folder, written into the store open for work; kept queued if that fails. */
    private void flushLogins(Database db) {
        try {
            LoginAudit.flush(db, folder);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StoreAccess.class).warn("the queued login attempts stay queued: {}",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * The store checked before it is used (ADR 0030), or for the desk opened for reading with the rest of its check
     * to come (ADR 0090); a store just restored, whose county figures are written back at its open, is checked whole
     * first.
     */
    private Database openChecked(StoreKey key) {
        // a check that runs before the desk opens (a store that migrates or was just restored) tells its progress too
        java.util.function.BiConsumer<Integer, Integer> progress = (done, all) -> checkProgress.accept(done, all);
        if (!checkAfterFirstPage || org.medaid.backup.CountyFiguresCopy.awaitsOpen(folder)) {
            return opening.open(folder, key, progress);
        }
        Database db = opening.openForReading(folder, key, progress);
        db.setCheckStarter(this::startCheck);
        return db;
    }

    /** The recovery code opens the store when every administrator forgot their password. */
    public synchronized Optional<Database> recover(String code) {
        KeyringLogin.Outcome outcome = new KeyringLogin(folder, throttle).recover(code);
        if (outcome instanceof KeyringLogin.Unlocked u) {
            Database db = open != null ? open : opening.open(folder, u.key());
            open = db;
            LoginAudit.flush(db, folder);
            return Optional.of(db);
        }
        return Optional.empty();
    }

    /**
     * The forgotten administrator password (ADR 0045): the recovery code (its delay counted like a
     * password's) opens the store, the active administrator {@code login} gets {@code password} (audited as
     * done by the recovery code, the code marked for replacement), then that administrator is logged in and
     * shown a new recovery code to print. A wrong code gives {@code Refused} or {@code Waiting}; a name that is
     * no active administrator, or a password the rules refuse, throws {@link org.medaid.users.UserException}
     * and nothing is changed.
     */
    public synchronized LoginResult recoverAdministrator(String code, String login, char[] password) {
        org.medaid.security.PasswordRules.check(KeyringLogin.normalize(login), password).ifPresent(p -> {
            throw new org.medaid.users.UserException(switch (p) {
                case TOO_SHORT -> org.medaid.users.UserProblem.PASSWORD_TOO_SHORT;
                case COMMON -> org.medaid.users.UserProblem.PASSWORD_COMMON;
                default -> org.medaid.users.UserProblem.PASSWORD_SAME_AS_LOGIN;
            }, "the new password is refused: " + p);
        });
        KeyringLogin.Outcome outcome = new KeyringLogin(folder, throttle).recover(code);
        if (outcome instanceof KeyringLogin.Waiting w) {
            return new LoginResult.Waiting(w.until());
        }
        if (!(outcome instanceof KeyringLogin.Unlocked u)) {
            return new LoginResult.Refused();
        }
        // a recovery is a login: the store passes the same check at open (ADR 0044)
        Database db = open != null ? open : opening.open(folder, u.key());
        open = db;
        LoginAudit.flush(db, folder);
        org.medaid.backup.CountyFiguresCopy.afterOpen(db);
        new AuthService(db, clock).resetByRecoveryCode(code, login, password);
        return login(login, password);
    }

    /**
     * A new PC (ADR 0045, 0054): what the backup holds, checked and nothing written. The backup's own keyring
     * must open with the password of one of its active administrators ({@code login}) or, with {@code login}
     * null, the recovery code; it is verified (only the desk's entries, MAC, catalogue, tables). Only on a
     * data folder that holds no readable store. A refusal is a {@link org.medaid.backup.BackupException}.
     */
    public synchronized org.medaid.backup.RestoreService.NewDeskBackup inspectBackup(Path zip, String login, char[] secret,
            String version) {
        requireNoStore();
        return restoring(version).inspectForNewDesk(zip, login, secret);
    }

    /**
     * A new PC: the first run restores a backup instead of starting a new store. Checked as
     * {@link #inspectBackup}, then its store and keyring are moved into this data folder, where the ordinary
     * login opens them. Only on a data folder that holds no readable store.
     */
    public synchronized org.medaid.backup.RestoreService.NewDeskBackup restoreFromBackup(Path zip, String login,
            char[] secret, String version) {
        requireNoStore();
        // a first run left before its administrator existed: nothing in it can be read by anyone
        StoreEncryption.discardUnreadable(folder);
        return restoring(version).restoreOnNewDesk(zip, folder, login, secret);
    }

    /**
     * Gives up the new store of a first run that no user exists in yet (the clerk chose to restore a backup
     * instead): it is closed and its files removed, so the folder is empty again.
     */
    public synchronized void abandonNew() {
        if (state() != State.FIRST_RUN) {
            throw new IllegalStateException("the data folder " + folder + " holds a store with users");
        }
        if (open != null) {
            open.close();
            open = null;
        }
        StoreEncryption.discardUnreadable(folder);
    }

    private void requireNoStore() {
        if (open != null || state() != State.FIRST_RUN) {
            throw new IllegalStateException("the data folder " + folder + " already holds a store");
        }
    }

    private org.medaid.backup.RestoreService restoring(String version) {
        return new org.medaid.backup.RestoreService(new org.medaid.backup.BackupService(clock, version), clock);
    }

    private LoginResult opened(Database db, Session session) {
        open = db;
        if (!db.isChecking()) {
            // a store still being checked writes them once it is open for work (startCheck)
            LoginAudit.flush(db, folder);
        }
        org.medaid.backup.CountyFiguresCopy.afterOpen(db);
        boolean needsCode = session.has(org.medaid.session.Role.ADMINISTRATOR)
                && Keyring.read(folder).map(k -> !k.recoveryConfirmed()).orElse(true);
        User user = new AuthService(db, clock).byId(session.userId()).orElseThrow();
        org.medaid.logging.Timing.mark("login: done (login audit flushed, county figures)");
        return new LoginResult.LoggedIn(db, user, session, needsCode);
    }
}
