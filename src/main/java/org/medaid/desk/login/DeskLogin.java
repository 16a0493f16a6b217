package org.medaid.desk.login;

import org.medaid.desk.common.DeskServices;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.screens.ScreenText;
import org.medaid.desk.screens.Session;
import org.medaid.desk.screens.WorkServices;
import org.medaid.store.Database;

/**
 * The step between the open database and the desk's sections: the login over the window (nothing of
 * anyone's data is on screen before it), then the sections with the logged-in user.
 */
public final class DeskLogin {

    private DeskLogin() {
    }

    /** Called on the FX thread once the database is open. */
    public static void start(DeskWindow window, Database db, DeskServices services) {
        WorkServices work = WorkServices.over(db, services);
        Session session = new Session();
        WorkSections sections = new WorkSections(work, session, PrintSettings.forUser());
        LoginDialog.show(window.stage(), work.auth(), window.executor(), ScreenText.of(window.texts()), user -> {
            session.loggedIn(user);
            window.addSections(sections::register);
            window.attach(services);
        });
    }
}
