package org.medaid.store;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * What the verification of the audit chain found (ADR 0035): intact with its row count, or the first
 * broken row and how it is broken. {@code firstBroken} is −1 when only the head disagrees (rows missing
 * at the end).
 */
public record AuditCheck(boolean intact, long rows, long firstBroken, Fault fault) {

    /** How a row fails the check. */
    public enum Fault {
        /** The row's previous hash is not the hash of the row before it (a row removed or inserted). */
        LINK,
        /** The row's content does not hash to its stored hash (the row was changed). */
        CONTENT,
        /** The newest row is not the one the head records (rows removed at the end). */
        HEAD
    }

    static AuditCheck intact(long rows) {
        return new AuditCheck(true, rows, -1, null);
    }

    static AuditCheck broken(long rowsBefore, long firstBroken, Fault fault) {
        return new AuditCheck(false, rowsBefore, firstBroken, fault);
    }

    /** One sentence for the screen and the self-test: "审计记录完整, N 条" or the first broken row. */
    public String sentence(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.store.messages", locale, Labels.NO_FALLBACK);
        if (intact) {
            return String.format(locale, b.getString("audit.intact"), rows);
        }
        if (fault == Fault.HEAD) {
            return String.format(locale, b.getString("audit.broken.HEAD"), rows);
        }
        return String.format(locale, b.getString("audit.broken." + fault.name()), firstBroken, rows);
    }
}
