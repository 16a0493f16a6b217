package org.medaid.desk.login;

import java.util.concurrent.CompletableFuture;
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
 * The step between the open database and the desk's sections: the login over the window (nothing of
 * anyone's data is on screen before it), then the sections with the logged-in user.
 */
public final class DeskLogin {

    private DeskLogin() {
    }

    /** Called on the FX thread once the database is open; the policies are read while the clerk logs in. */
    public static void start(DeskWindow window, Database db, DeskServices services) {
        Session session = new Session();
        CompletableFuture<WorkServices> work = new CompletableFuture<>();
        window.executor().submit(BackgroundTask.of("issue-4 services", p -> WorkServices.over(db, services))
                .onSuccess(work::complete).onFailure(e -> {
                    work.completeExceptionally(e);
                    window.showError(e);
                }));
        AuthService auth = new AuthService(db, services.clock());
        LoginDialog.show(window.stage(), auth, window.executor(), ScreenText.of(window.texts()),
                user -> {
                    session.loggedIn(user);
                    // the services were made on the worker before the login's own task ran (one worker, in order)
                    WorkSections sections = new WorkSections(work.join(), session, PrintSettings.forUser());
                    SessionControls controls = new SessionControls(window, session, auth,
                            org.medaid.desk.common.DeskSettings.forUser(), services.clock()::instant);
                    sections.setControls(controls);
                    window.addSections(sections::register);
                    window.attach(services);
                    controls.install();
                });
    }
}
