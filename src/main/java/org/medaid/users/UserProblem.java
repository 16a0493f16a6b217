package org.medaid.users;

/**
 * Why a user action was refused. The screen shows {@code users/messages} key {@code user.problem.CODE}
 * (Chinese by default); the codes themselves never change meaning.
 */
public enum UserProblem {
    /** Login names are 2–32 letters, digits, '.', '_' or '-'. */
    LOGIN_INVALID,
    LOGIN_TAKEN,
    DISPLAY_NAME_MISSING,
    /** At least {@link AuthService#MIN_PASSWORD_LENGTH} characters. */
    PASSWORD_TOO_SHORT,
    PASSWORD_SAME_AS_LOGIN,
    /** On the list of common passwords (Passay, ADR 0033). */
    PASSWORD_COMMON,
    /** Changing one's own password needs the current one. */
    WRONG_PASSWORD,
    ROLE_MISSING,
    NOT_ADMINISTRATOR,
    /** The first administrator can only be created while there are no users at all. */
    USERS_EXIST,
    /** Deactivating or demoting the last active administrator would leave nobody to unlock anything. */
    LAST_ADMINISTRATOR,
    INACTIVE_USER,
    UNKNOWN_USER
}
