package org.medaid.users;

import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.EnumSet;
import java.util.Set;
import org.medaid.session.Action;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Rule;
import org.medaid.session.Session;
import org.medaid.session.SessionIssuer;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.security.KeyringWriter;
import org.medaid.security.PasswordRules;
import org.medaid.store.Database;

/**
 * Users, roles and login (ADR 0020). Every method is one transaction and every change is
 * audited (the hash never is) in the name of the {@link Session} the login issued (ADR 0034). Users are
 * deactivated (and reactivated) by an administrator, and the last active administrator can be neither
 * deactivated nor demoted. Setting a password also wraps the store key under it in the keyring (ADR 0033);
 * wrong passwords are delayed before the store opens ({@code security.KeyringLogin}).
 */
public final class AuthService {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    /** The audit action of a password set with the recovery code. */
    public static final String RECOVERED = "RECOVERY_CODE";
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2,32}");
    /** Who created the first administrator, in the audit trail. */
    static final String FIRST_RUN = "(first-run)";
    /** The first administrator also enters cases until other users exist (ADR 0034). */
    static final Set<Role> FIRST_ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.CLERK);
    /** The only maker of sessions in the program (ADR 0034). */
    private static final SessionIssuer ISSUER = SessionIssuer.claim();

    private final Database db;
    private final Clock clock;
    private final AuditWriter audit;
    private final PasswordHasher hasher;
    private final KeyringWriter keyring;

    public AuthService(Database db) {
        this(db, Clock.systemDefaultZone(), new PasswordHasher());
    }

    public AuthService(Database db, Clock clock) {
        this(db, clock, new PasswordHasher());
    }

    AuthService(Database db, Clock clock, PasswordHasher hasher) {
        this.db = db;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
        this.hasher = hasher;
        this.keyring = new KeyringWriter(db.folder());
    }

    /** The store these users live in. */
    public Database database() {
        return db;
    }

    /** False on the very first run: the desk then asks for the first administrator. */
    public boolean hasUsers() {
        return db.read(c -> UserRows.count(c) > 0);
    }

    /** Creates the first administrator; refused ({@link UserProblem#USERS_EXIST}) once any user exists. */
    public synchronized User createFirstAdministrator(String login, String displayName, char[] password) {
        return wrapAfter(db.inTransaction(c -> {
            if (UserRows.count(c) > 0) {
                throw new UserException(UserProblem.USERS_EXIST, "the first administrator already exists");
            }
            return insert(c, login, displayName, FIRST_ROLES, password, FIRST_RUN);
        }), login, password);
    }

    /** An administrator creates a user with a first password (to be changed by them). */
    public User createUser(Session actor, String login, String displayName, Set<Role> roles, char[] password) {
        return wrapAfter(db.inTransaction(c -> {
            String admin = Actors.author(c, actor, Action.MANAGE_USERS);
            return insert(c, login, displayName, roles, password, admin);
        }), login, password);
    }

    /**
     * The active user with this login name and password, or empty: the screen says only that the name
     * or the password is wrong. An unknown name costs as much time as a wrong password.
     */
    public Optional<User> authenticate(String login, char[] password) {
        return db.inTransaction(c -> {
            Optional<UserRows.Row> row = UserRows.byLogin(c, normalize(login));
            if (row.isEmpty()) {
                hasher.burn(password);
                return Optional.empty();
            }
            UserRows.Row r = row.get();
            if (!hasher.matches(password, r.hash()) || !r.user().active()) {
                return Optional.empty();
            }
            if (hasher.needsRehash(r.hash())) {
                return Optional.of(UserRows.setPassword(c, r.user(), hasher.hash(password), clock.instant()));
            }
            return Optional.of(r.user());
        });
    }

    /**
     * The session of a user whose password was just checked (ADR 0034): the only way to one. Empty when
     * {@link #authenticate} is.
     */
    public Optional<Session> login(String login, char[] password) {
        return authenticate(login, password).map(this::sessionFor);
    }

    /**
     * The session of {@code login} after the keyring unwrapped this store's key with the password (ADR 0079):
     * that unwrap (PBKDF2, 600,000 iterations, the name bound in) is the password check, so the store's own
     * hash is not derived a second time at login. {@code key} must be the key this store is open with, which
     * only the unwrap gives; empty when the store has no active user of that name (deactivated, or a restored
     * older store). The stored hash is still what the lock screen and a password change check.
     */
    public Optional<Session> loginUnlocked(String login, org.medaid.security.StoreKey key) {
        if (db.key().filter(k -> k.id().equals(key.id())).isEmpty()) {
            throw new IllegalArgumentException("the key given is not the key this store is open with");
        }
        return db.read(c -> UserRows.byLogin(c, normalize(login))).filter(r -> r.user().active())
                .map(r -> sessionFor(r.user()));
    }

    /** The step after a successful authentication (kept apart so the store's unlocking can sit before it). */
    Session sessionFor(User user) {
        return ISSUER.issue(user.id(), user.login(), user.displayName(), user.roles(), clock.instant());
    }

    /** Whether {@code password} is the session user's (the idle lock asks for it again); nothing is written. */
    public boolean confirms(Session session, char[] password) {
        return db.read(c -> {
            UserRows.Row r = activeRow(c, session.userId());
            return hasher.matches(password, r.hash());
        });
    }

    /** A user changes their own password, giving the current one. */
    public User changePassword(Session self, char[] current, char[] next) {
        User after = db.inTransaction(c -> {
            Actors.storedRoles(c, self);
            UserRows.Row r = activeRow(c, self.userId());
            if (!hasher.matches(current, r.hash())) {
                throw new UserException(UserProblem.WRONG_PASSWORD, "the current password is wrong");
            }
            return savePassword(c, r.user(), next, r.user().login());
        });
        return wrapAfter(after, after.login(), next);
    }

    /** An administrator sets a new password for someone who forgot theirs. */
    public User resetPassword(Session actor, long userId, long version, char[] next) {
        User after = db.inTransaction(c -> {
            String admin = Actors.author(c, actor, Action.MANAGE_USERS);
            User target = known(c, userId);
            return savePassword(c, withVersion(target, version), next, admin);
        });
        return wrapAfter(after, after.login(), next);
    }

    /**
     * Every administrator forgot their password (ADR 0045): the recovery code, checked here again against
     * the keyring (a caller without it gets nothing), sets a new password for the active administrator
     * {@code login}. Audited as done by the recovery code; the code itself is then marked unconfirmed, so the
     * login that follows shows a new one to print (the old one stops opening the store once it is replaced).
     */
    public User resetByRecoveryCode(String code, String login, char[] next) {
        org.medaid.security.Keyring ring = org.medaid.security.Keyring.read(db.folder())
                .orElseThrow(() -> new UserException(UserProblem.WRONG_PASSWORD, "no keyring"));
        org.medaid.security.KeyWrap.Wrapped w = ring.entries().get(org.medaid.security.RecoveryCode.ENTRY);
        boolean valid = w != null && code != null && org.medaid.security.KeyWrap.unwrap(w,
                org.medaid.security.RecoveryCode.normalize(code), org.medaid.security.RecoveryCode.ENTRY)
                .filter(k -> k.id().equals(ring.keyId()) && db.key().map(k::equals).orElse(false)).isPresent();
        if (!valid) {
            throw new UserException(UserProblem.WRONG_PASSWORD, "the recovery code is wrong");
        }
        User after = db.inTransaction(c -> {
            UserRows.Row r = UserRows.byLogin(c, normalize(login))
                    .orElseThrow(() -> new UserException(UserProblem.UNKNOWN_USER, "user " + login));
            if (!r.user().active()) {
                throw new UserException(UserProblem.INACTIVE_USER, r.user().login() + " is deactivated");
            }
            if (!r.user().has(Role.ADMINISTRATOR)) {
                throw new UserException(UserProblem.NOT_ADMINISTRATOR, r.user().login() + " is no administrator");
            }
            User saved = savePassword(c, r.user(), next, org.medaid.security.RecoveryCode.ENTRY);
            audit.write(c, org.medaid.security.RecoveryCode.ENTRY, RECOVERED, UserRows.TABLE, saved.id(), null, saved);
            return saved;
        });
        wrapAfter(after, after.login(), next);
        org.medaid.security.Keyring.read(db.folder()).orElseThrow().withRecoveryConfirmed(false).write(db.folder());
        return after;
    }

    /** An administrator changes a user's display name, roles or active flag. */
    public User update(Session actor, User changed) {
        User saved = db.inTransaction(c -> {
            String admin = Actors.author(c, actor, Action.MANAGE_USERS);
            User before = known(c, changed.id());
            if (changed.displayName() == null || changed.displayName().isBlank()) {
                throw new UserException(UserProblem.DISPLAY_NAME_MISSING, "a user needs a display name");
            }
            if (changed.roles().isEmpty()) {
                throw new UserException(UserProblem.ROLE_MISSING, "a user needs a role");
            }
            boolean losesAdmin = before.active() && before.has(Role.ADMINISTRATOR)
                    && (!changed.active() || !changed.has(Role.ADMINISTRATOR));
            if (losesAdmin && UserRows.activeAdministrators(c) <= 1) {
                throw new DutyException(Rule.LAST_ADMINISTRATOR);
            }
            User toSave = new User(before.id(), changed.version(), before.login(), changed.displayName().strip(),
                    changed.roles(), changed.active());
            User after = UserRows.update(c, toSave);
            audit.write(c, admin, AuditWriter.UPDATE, UserRows.TABLE, after.id(), before, after);
            return after;
        });
        if (!saved.active()) {
            // a deactivated user's password no longer opens the store; reactivation needs a password reset
            db.key().ifPresent(key -> keyring.remove(key, saved.login()));
        }
        return saved;
    }

    public List<User> users() {
        return db.read(UserRows::all);
    }

    public Optional<User> byId(long userId) {
        return db.read(c -> UserRows.byId(c, userId).map(UserRows.Row::user));
    }

    private User insert(Tx c, String login, String displayName, Set<Role> roles, char[] password, String by)
            throws SQLException {
        String name = normalize(login);
        if (!LOGIN.matcher(name).matches()) {
            throw new UserException(UserProblem.LOGIN_INVALID, "login name '" + login + "'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new UserException(UserProblem.DISPLAY_NAME_MISSING, "a user needs a display name");
        }
        if (roles == null || roles.isEmpty()) {
            throw new UserException(UserProblem.ROLE_MISSING, "a user needs a role");
        }
        if (UserRows.byLogin(c, name).isPresent()) {
            throw new UserException(UserProblem.LOGIN_TAKEN, "login name " + name + " is taken");
        }
        checkPassword(name, password);
        User created = UserRows.insert(c, new User(0, 0, name, displayName.strip(), roles, true), hasher.hash(password),
                by, clock.instant());
        audit.write(c, by, AuditWriter.INSERT, UserRows.TABLE, created.id(), null, created);
        return created;
    }

    private User savePassword(Tx c, User target, char[] next, String by) throws SQLException {
        checkPassword(target.login(), next);
        User after = UserRows.setPassword(c, target, hasher.hash(next), clock.instant());
        audit.write(c, by, "PASSWORD", UserRows.TABLE, after.id(), null, after);
        return after;
    }

    /** Passay's rules (ADR 0033): length, the common-password list, the login name. */
    private static void checkPassword(String login, char[] password) {
        Optional<PasswordRules.Problem> problem = PasswordRules.check(login, password);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case TOO_SHORT -> throw new UserException(UserProblem.PASSWORD_TOO_SHORT,
                        "passwords have at least " + MIN_PASSWORD_LENGTH + " characters");
                case COMMON -> throw new UserException(UserProblem.PASSWORD_COMMON, "a common password");
                case SAME_AS_LOGIN -> throw new UserException(UserProblem.PASSWORD_SAME_AS_LOGIN,
                        "the password is the login name");
                default -> throw new IllegalStateException(problem.get().name());
            }
        }
    }

    /**
     * After the transaction that set {@code login}'s password committed: the store key is wrapped under
     * it in the keyring, so that password opens the store from now on (ADR 0033). A test's plain store has
     * no key and no keyring.
     */
    private <T> T wrapAfter(T result, String login, char[] password) {
        db.key().ifPresent(key -> keyring.setPassword(key, login, password));
        return result;
    }

    private static UserRows.Row activeRow(Tx c, long userId) throws SQLException {
        UserRows.Row r = UserRows.byId(c, userId)
                .orElseThrow(() -> new UserException(UserProblem.UNKNOWN_USER, "user " + userId));
        if (!r.user().active()) {
            throw new UserException(UserProblem.INACTIVE_USER, r.user().login() + " is deactivated");
        }
        return r;
    }

    private static User known(Tx c, long userId) throws SQLException {
        return UserRows.byId(c, userId).map(UserRows.Row::user)
                .orElseThrow(() -> new UserException(UserProblem.UNKNOWN_USER, "user " + userId));
    }

    private static User withVersion(User u, long version) {
        return new User(u.id(), version, u.login(), u.displayName(), u.roles(), u.active());
    }

    static String normalize(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
