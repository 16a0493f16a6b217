package org.medaid.desk.login;

import org.medaid.desk.bills.BillsSection;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.main.Section;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.screens.ScreenText;
import org.medaid.desk.screens.Session;
import org.medaid.desk.screens.WorkServices;
import org.medaid.users.User;

/**
 * Puts the issue-4 sections into the desk's window once someone has logged in: 费用 (bills and the year
 * ledger), 审批 (applications) and 报表 (lists), and the user with their role in the status bar. Run again
 * by the window when it is rebuilt (a change of language), so every page is made in the new language.
 */
public final class WorkSections {

    private final WorkServices work;
    private final Session session;
    private final PrintSettings printSettings;
    private BillsSection bills;

    public WorkSections(WorkServices work, Session session, PrintSettings printSettings) {
        this.work = work;
        this.session = session;
        this.printSettings = printSettings;
    }

    /** The window's hook ({@link DeskWindow#addSections}). */
    public void register(DeskWindow window) {
        ScreenText text = ScreenText.of(window.texts());
        User user = session.user();
        window.model().operatorProperty().set(text.format("status.user", user.displayName(), text.get("role." + user.role().name())));
        bills = null;
        window.setSection(Section.BILLS, () -> bills(window, text).view(), () -> {
            if (bills != null) {
                bills.shown();
            }
        });
    }

    private BillsSection bills(DeskWindow window, ScreenText text) {
        if (bills == null) {
            bills = new BillsSection(work, session, window.executor(), text, printSettings,
                    m -> window.model().messageProperty().set(m));
        }
        return bills;
    }

    public Session session() {
        return session;
    }

    public WorkServices work() {
        return work;
    }
}
