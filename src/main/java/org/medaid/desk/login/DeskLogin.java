package org.medaid.desk.login;

import java.time.Clock;
import java.util.function.BiConsumer;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
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
        Texts text = window.texts();
        org.medaid.logging.Timing.mark("login: building the login window");
        window.model().waitingProperty().set(window.texts().get("status.login"));
        LoginDialogView.show(window.stage(), LoginGate.over(access, clock), window.executor(), text,
                result -> enter(window, access, result, clock, opened), window::cannotOpen);
        window.loginShown();
        LoginWarmUp.start(access.folder());
    }

    /** The desk after a login: services made on the worker, then the sections. */
    public static void enter(DeskWindow window, StoreAccess access, LoginResult.LoggedIn result, Clock clock,
            BiConsumer<Database, DeskServices> opened) {
        Database db = result.database();
        org.medaid.logging.Timing.mark("desk: logged in, making the services");
        window.executor().submit(BackgroundTask.of("open desk", p -> DeskServices.over(db, clock)).onSuccess(services -> {
            org.medaid.logging.Timing.mark("desk: services made");
            opened.accept(db, services);
            // ADR 0034: the session the login issued; every screen acts with it
            window.attach(services, result.session());
            // ADR 0090: the rest of the store's check runs once the first page is on screen
            org.medaid.logging.Timing.mark("desk: sections attached");
            StoreCheckNoteView.follow(window, access, db);
            SessionControlsView controls = new SessionControlsView(window, window.session(), new AuthService(db, clock),
                    window.settings(), clock::instant);
            window.setStatusControl(controls.menu());
            controls.install();
            org.medaid.logging.Timing.mark("desk: session controls installed");
            if (result.needsRecoveryCode() && db.key().isPresent()) {
                RecoveryCodeDialogView.show(window.stage(), db, window.executor(), window.texts(), services.printer(), () -> { });
                org.medaid.logging.Timing.mark("desk: recovery code dialog shown");
            }
        }).onFailure(window::showError));
    }
}
