package org.medaid.users;

/**
 * A desk user as the rest of the program sees them: never the password hash. {@code login} is the name
 * written in the audit trail and on every stage of an application.
 */
public record User(long id, long version, String login, String displayName, Role role, boolean active) {
}
