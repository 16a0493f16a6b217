package org.medaid.desk.person;

import java.util.Optional;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Texts;

/**
 * The relation to the household head. The store keeps the Chinese word (本人, 配偶 ...), as imports and
 * printed forms use it; the screen shows it in the clerk's language.
 */
public enum Relation {
    SELF, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, OTHER;

    private static final Texts STORED = Texts.load(DeskSettings.CHINESE);

    /** The word written to the store. */
    public String stored() {
        return STORED.get("relation." + name());
    }

    public String display(Texts texts) {
        return texts.get("relation." + name());
    }

    public static Optional<Relation> ofStored(String word) {
        for (Relation r : values()) {
            if (r.stored().equals(word)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A stored word shown in the clerk's language; a word this list does not know is shown as stored. */
    public static String display(String stored, Texts texts) {
        return stored == null ? "" : ofStored(stored).map(r -> r.display(texts)).orElse(stored);
    }
}
