package org.medaid.desk.ledger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medaid.desk.common.Texts;
import org.medaid.model.BillKind;

/**
 * The ledger's 类别 column is 52 pixels wide (7cb7c9a, so that bill figures up to 999,999.99 stay whole at 1320 px):
 * every bill kind has a short name there, of at most 3 characters in Chinese (门诊慢特病 showed as 门诊…).
 */
class LedgerKindNamesTest {

    @Test
    void everyKindHasAShortNameThatFitsTheColumn() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Texts text = Texts.load(locale);
            for (BillKind kind : BillKind.values()) {
                String name = text.get("ledger.kind." + kind.name());
                assertFalse(name.isBlank() || name.startsWith("ledger.kind."), locale + " " + kind + ": no short name");
                int most = locale.getLanguage().equals("zh") ? 3 : 7;
                assertTrue(name.length() <= most, locale + " " + kind + ": '" + name + "' is longer than " + most);
            }
        }
    }
}
