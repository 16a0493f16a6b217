package org.medaid.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every sentence of the ledger's bundle reads as written: MessageFormat's '' is one apostrophe, with or without arguments. */
class InsuranceTextsApostropheTest {

    @Test
    void noSentenceShowsADoubledApostrophe() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.medaid.insurance.messages", locale,
                    org.medaid.model.Labels.NO_FALLBACK);
            int checked = 0;
            for (String key : Collections.list(bundle.getKeys())) {
                assertFalse(InsuranceTexts.get(key, locale).contains("''"), key + " in " + locale);
                checked++;
            }
            assertTrue(checked > 10, "the bundle was read for " + locale);
        }
        assertTrue(InsuranceTexts.get("insurance.required.NO_POLICY", Locale.ENGLISH).contains("person's region"));
        assertEquals(-1, InsuranceTexts.get("insurance.required.NO_POLICY", Locale.ENGLISH).indexOf("''"));
    }
}
