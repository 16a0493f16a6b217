package org.medaid.desk.common;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.medaid.identity.PolicyArea;

/**
 * The clerk's choices that outlive a session, kept with {@link Preferences}: language, operator name, and
 * the policy region of the desk. Tests pass their own node and remove it afterwards.
 */
public final class DeskSettings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeskSettings.class);

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String LANGUAGE = "language";
    private static final String OPERATOR = "operator";
    private static final String AREA = "policyArea";

    private final Preferences node;

    public DeskSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the user running the desk. */
    /** The preferences node the desk's other settings (printing: {@code print}, data folder) live under. */
    public java.util.prefs.Preferences node() {
        return node;
    }

    public static DeskSettings forUser() {
        return new DeskSettings(Preferences.userRoot().node("org/medaid/desk"));
    }

    public Locale locale() {
        return "en".equals(node.get(LANGUAGE, "zh_CN")) ? ENGLISH : CHINESE;
    }

    public void setLocale(Locale locale) {
        node.put(LANGUAGE, ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh_CN");
        flush();
    }

    /** Who is at the desk, written to the audit trail; the system's user name until set. */
    public String operator() {
        return node.get(OPERATOR, System.getProperty("user.name", "clerk"));
    }

    public void setOperator(String operator) {
        node.put(OPERATOR, operator.strip());
        flush();
    }

    /** The policy region the desk settles for (status bar, defaults of new people). */
    /** Minutes without a key or mouse event before the desk locks (ADR 0034): 15 unless an administrator set it. */
    public int idleMinutes() {
        return Math.max(1, Math.min(240, node.getInt("idleMinutes", 15)));
    }

    public void setIdleMinutes(int minutes) {
        node.putInt("idleMinutes", Math.max(1, Math.min(240, minutes)));
    }

    public Optional<PolicyArea> area() {
        String id = node.get(AREA, "");
        try {
            return id.isEmpty() ? Optional.empty() : Optional.of(PolicyArea.ofId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setArea(PolicyArea area) {
        node.put(AREA, area.id());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The choice still holds for this session; a read-only profile must not stop the desk.
            LOG.warn("settings not saved", e);
        }
    }
}
