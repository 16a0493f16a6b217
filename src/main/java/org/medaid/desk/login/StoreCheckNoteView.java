package org.medaid.desk.login;

import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.medaid.access.StoreAccess;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.recovery.DamagedStoreException;
import org.medaid.store.Database;
import org.medaid.store.StoreClosedWhileCheckingException;

/**
 * The store's check after the first page, as the desk shows it (ADR 0090): the check starts once the roster's first
 * page is on screen; until it passed, the status bar says that the data can be looked at and that saving waits, with
 * the parts checked of all; then the note goes. A store that fails the check gets the damaged-store dialog and the
 * desk ends, as a store that fails at the login does (ADR 0030).
 */
final class StoreCheckNoteView {

    private StoreCheckNoteView() {
    }

    /** Called on the FX thread once the desk's sections are attached to {@code db}. */
    static void follow(DeskWindow window, StoreAccess access, Database db) {
        if (!db.isChecking()) {
            return;
        }
        var text = window.texts();
        Label note = new Label(text.get("status.checking.start"));
        note.getStyleClass().add("status-checking");
        note.setTooltip(new Tooltip(text.get("status.checking.tip")));
        window.showStatusNote(note);
        access.onCheckProgress((done, all) -> Platform.runLater(() -> note.setText(text.format("status.checking", done, all))));
        window.firstPageArrival().thenRun(access::startCheck);
        db.whenOpenForWork().whenComplete((ok, error) -> Platform.runLater(() -> {
            window.hideStatusNote(note);
            access.onCheckProgress(null);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause == null || cause instanceof StoreClosedWhileCheckingException) {
                return;
            }
            // damaged: the dialog keeps the file aside and offers the newest backup; in use or anything else: said, then
            // the desk ends, as at a login (DeskWindow.cannotOpen)
            window.cannotOpen(cause instanceof DamagedStoreException d ? d : cause);
        }));
    }
}
