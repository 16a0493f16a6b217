package org.medaid.desk.common;

/**
 * A message across the top of a form: what went wrong (or right), optionally with one action, such as
 * opening the person who already holds an ID number.
 */
public record Banner(Kind kind, String text, String actionText, Runnable action) {

    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    public static Banner of(Kind kind, String text) {
        return new Banner(kind, text, null, null);
    }

    public boolean hasAction() {
        return action != null && actionText != null;
    }
}
