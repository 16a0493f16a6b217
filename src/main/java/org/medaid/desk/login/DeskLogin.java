package org.medaid.desk.login;

import java.time.Clock;
import java.util.function.BiConsumer;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.DeskBootstrap;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.screens.ScreenText;
import org.medaid.desk.screens.Session;
import org.medaid.desk.screens.WorkServices;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/**
 * The step between the data folder and the desk's sections (ADR 0033): the login over the window
 * (nothing of anyone's data is on screen before it, and the encrypted store opens only with a password),
 * then the services over the store it opened, then the sections with the logged-in user, and for an
 * administrator of a store without a confirmed recovery code, the recovery code.
 */
public final class DeskLogin {

    private DeskLogin() {
    }

    /**
     * Called on the FX thread. {@code opened} gets the store and its services once a login opened it
     * (on the FX thread, before the sections), for what the desk hangs on an open store.
     */
    public static void start(DeskWindow window, StoreAccess access, Clock clock, BiConsumer<Database, DeskServices> opened) {
        ScreenText text = ScreenText.of(window.texts());
        LoginDialog.show(window.stage(), LoginGate.over(access, clock), window.executor(), text,
                result -> enter(window, result, clock, opened), window::cannotOpen);
    }

    /** The desk after a login: services made on the worker, then the sections. */
    public static void enter(DeskWindow window, LoginResult.LoggedIn result, Clock clock,
            BiConsumer<Database, DeskServices> opened) {
        Database db = result.database();
        window.executor().submit(BackgroundTask.of("open desk", p -> {
            DeskServices services = DeskBootstrap.services(db, clock);
            return new Object[] {services, WorkServices.over(db, services)};
        }).onSuccess(made -> {
            DeskServices services = (DeskServices) made[0];
            WorkServices work = (WorkServices) made[1];
            opened.accept(db, services);
            // ADR 0034: the session the login issued; every screen acts with it
            Session session = new Session(result.session());
            WorkSections sections = new WorkSections(work, session, PrintSettings.forUser());
            SessionControls controls = new SessionControls(window, session, new AuthService(db, clock),
                    org.medaid.desk.common.DeskSettings.forUser(), clock::instant);
            sections.setControls(controls);
            window.addSections(sections::register);
            window.attach(services);
            controls.install();
            if (result.needsRecoveryCode() && db.key().isPresent()) {
                RecoveryCodeDialog.show(window.stage(), db, window.executor(), ScreenText.of(window.texts()), work.printer(), () -> { });
            }
        }).onFailure(window::showError));
    }
}
