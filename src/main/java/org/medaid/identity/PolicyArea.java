package org.medaid.identity;

/** The four regions whose policies the desk carries, with the code prefix of each. */
public enum PolicyArea {
    SHAOYANG("4305"),
    CHAOZHOU("4451"),
    LINYI("3713"),
    GUANGXI("45");

    private final String prefix;

    PolicyArea(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The lowercase id used in folder names (samples/townships/shaoyang). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PolicyArea ofId(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The area whose prefix the 6-digit code starts with; null when none. */
    public static PolicyArea of(String regionCode) {
        for (PolicyArea a : values()) {
            if (regionCode != null && regionCode.startsWith(a.prefix)) {
                return a;
            }
        }
        return null;
    }
}
