package org.medaid.desk.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.medaid.desk.common.Styles;
import org.medaid.recovery.DamagedStoreException;
import org.medaid.recovery.StoreOpening;

/**
 * What the clerk sees when the store failed its check at open (ADR 0030): a sentence that the data file is
 * damaged, where its copy was kept for support, the newest verified backup and an offer to restore it at the
 * next start. The desk does not start on the damaged store either way.
 */
public final class DamagedStoreDialogView {

    private final ResourceBundle texts;
    private final DamagedStoreException damage;

    public DamagedStoreDialogView(Locale locale, DamagedStoreException damage) {
        this.texts = org.medaid.desk.common.Texts.load(locale).bundle();
        this.damage = damage;
    }

    /** The store check at open with the backups of the data settings and the audit chain (ADR 0030, 0035). */
    public static StoreOpening storeOpening(Path dataFolder) {
        return org.medaid.access.StoreAccess.checkedOpening(dataFolder, java.time.Clock.systemDefaultZone());
    }

    /** The dialog's sentence (also what a test reads). */
    public String message() {
        String kept = damage.keptAside() == null ? texts.getString("recovery.notKept")
                : String.format(texts.getString("recovery.kept"), damage.keptAside());
        String backup = damage.newestBackup().map(b -> String.format(texts.getString("recovery.backup"),
                b.file().getFileName(), b.createdAt())).orElse(texts.getString("recovery.noBackup"));
        String what = damage.brokenAudit()
                .map(a -> String.format(texts.getString("recovery.audit"), a.sentence(texts.getLocale())))
                .orElse(texts.getString("recovery.damaged"));
        return what + "\n\n" + kept + "\n\n" + backup;
    }

    public Alert alert(Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(texts.getString("recovery.title"));
        alert.setHeaderText(texts.getString("recovery.header"));
        alert.setContentText(message());
        alert.getButtonTypes().setAll(damage.newestBackup().isPresent()
                ? new ButtonType[] {restoreButton(), exitButton()} : new ButtonType[] {exitButton()});
        alert.getDialogPane().setId("damagedStoreDialog");
        Styles.apply(alert.getDialogPane());
        return alert;
    }

    ButtonType restoreButton() {
        return new ButtonType(texts.getString("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
    }

    ButtonType exitButton() {
        return new ButtonType(texts.getString("recovery.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Shows the dialog and, when the clerk chooses to restore, stages the backup for the next start and says
     * so. The caller exits the desk afterwards.
     */
    public void showAndRestore(Window owner, Path dataFolder, StoreOpening opening) {
        Optional<ButtonType> choice = alert(owner).showAndWait();
        if (choice.isEmpty() || choice.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        Alert done;
        try {
            damage.restoreNewest(); // with the store's key: the encrypted backups verify only with it
            done = new Alert(Alert.AlertType.INFORMATION, texts.getString("recovery.staged"), ButtonType.OK);
        } catch (RuntimeException e) {
            e.printStackTrace();
            done = new Alert(Alert.AlertType.ERROR, texts.getString("recovery.restoreFailed"), ButtonType.OK);
        }
        done.initOwner(owner);
        done.setTitle(texts.getString("recovery.title"));
        done.setHeaderText(null);
        Styles.apply(done.getDialogPane());
        done.showAndWait();
    }
}
