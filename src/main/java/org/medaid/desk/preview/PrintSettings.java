package org.medaid.desk.preview;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.medaid.print.IdDisplay;
import org.medaid.print.PaperSize;

/**
 * The clerk's printing choices that outlive a session: paper (A4 or A5 for slips), whether slips show the
 * full ID number or a masked one (masked by default: slips are handed out), and the office named on them.
 * Kept apart from the desk's settings; tests pass their own node.
 */
public final class PrintSettings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrintSettings.class);

    private static final String PAPER = "slipPaper";
    private static final String FULL_ID = "slipFullId";
    private static final String OFFICE = "office";
    private static final String CONTACT = "contact";

    private final Preferences node;

    public PrintSettings(Preferences node) {
        this.node = node;
    }

    public static PrintSettings forUser() {
        return new PrintSettings(Preferences.userRoot().node("org/medaid/desk/print"));
    }

    public PaperSize paper() {
        try {
            return PaperSize.parse(node.get(PAPER, "A4"));
        } catch (IllegalArgumentException e) {
            return PaperSize.A4;
        }
    }

    public void setPaper(PaperSize paper) {
        node.put(PAPER, paper.name());
        flush();
    }

    public IdDisplay ids() {
        return node.getBoolean(FULL_ID, false) ? IdDisplay.FULL : IdDisplay.MASKED;
    }

    public void setIds(IdDisplay ids) {
        node.putBoolean(FULL_ID, ids == IdDisplay.FULL);
        flush();
    }

    /** The office printed on slips and forms; empty until set (the person's township is printed then). */
    public String office() {
        return node.get(OFFICE, "");
    }

    public void setOffice(String office) {
        node.put(OFFICE, office == null ? "" : office.strip());
        flush();
    }

    /** The phone printed on the public notice for objections. */
    public String contact() {
        return node.get(CONTACT, "");
    }

    public void setContact(String contact) {
        node.put(CONTACT, contact == null ? "" : contact.strip());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the choice holds for this session; a read-only profile must not stop printing
            LOG.warn("print settings not saved", e);
        }
    }
}
