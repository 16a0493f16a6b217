package org.medaid.desk.bills;

import static org.medaid.desk.bills.WorkTour.fx;
import static org.medaid.desk.bills.WorkTour.pause;
import static org.medaid.desk.bills.WorkTour.select;
import static org.medaid.desk.bills.WorkTour.shoot;
import static org.medaid.desk.bills.WorkTour.shootDialog;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.medaid.bills.StoredBill;
import org.medaid.desk.common.Section;
import org.medaid.store.PersonRecord;

/** The tour's steps through 费用: the search, the ledger, a new bill typed, the slip preview. */
final class Steps {

    private Steps() {
    }

    static void run(PersonRecord person, StoredBill march) throws Exception {
        select(Section.BILLS);
        pause(1200);
        shoot("issue4-person-pick.png");
        fx(() -> ((TextField) lookup("#searchField")).setText("王秀英"));
        pause(800);
        fx(() -> ((TextField) lookup("#searchField")).fireEvent(key(javafx.scene.input.KeyCode.ENTER)));
        pause(1500);
        shoot("issue4-ledger-opened.png");
        fx(() -> ((Button) lookup("#newButton")).fire());
        pause(600);
        fx(() -> {
            type("#hospitalField", "临沂市人民医院");
            type("#admittedField", "2024-11-02");
            type("#dischargedField", "2024-11-12");
            type("#diagnosisField", "慢性阻塞性肺疾病急性加重");
            type("#totalField", "18650.4");
            type("#outOfCatalogField", "1230");
            type("#overLimitField", "86.5");
            type("#classBField", "942.3");
            type("#basicField", "9800");
            type("#criticalField", "0");
        });
        pause(1500);
        shoot("issue4-bill-entry.png");
        fx(() -> type("#outOfCatalogField", "19000"));
        pause(1200);
        shoot("issue4-bill-entry-bad.png");
        fx(() -> type("#outOfCatalogField", "1230"));
        pause(1200);
        fx(() -> ((Button) lookup("#saveButton")).fire());
        pause(1500);
        shoot("issue4-ledger-saved.png");
        // correct the March bill: the June bill is recomputed and the change is shown
        fx(() -> {
            var table = (javafx.scene.control.TableView<?>) lookup("#table");
            table.getSelectionModel().select(0);
            ((Button) lookup("#correctButton")).fire();
        });
        pause(1200);
        fx(() -> type("#totalField", "8000"));
        pause(1500);
        shoot("issue4-bill-correction.png");
        fx(() -> ((Button) lookup("#saveButton")).fire());
        pause(1800);
        shoot("issue4-ledger.png");
        fx(() -> ((Button) lookup("#printButton")).fire());
        pause(3000);
        shootDialog("issue4-slip-preview.png");
        fx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() != null && w.getScene().lookup("#a5Button") != null) {
                    ((javafx.scene.control.RadioButton) w.getScene().lookup("#a5Button")).fire();
                }
            }
        });
        pause(2500);
        shootDialog("issue4-slip-preview-a5.png");
        WorkTour.writeSlipPdf(person, march);
        closeDialogs();
        select(Section.APPROVALS);
        pause(1500);
        fx(() -> ((javafx.scene.control.TableView<?>) lookup("#caseTable")).getSelectionModel().selectFirst());
        pause(1200);
        shoot("issue4-approval.png");
        fx(() -> ((javafx.scene.control.ToggleButton) lookup("#stage-TOWNSHIP_REVIEWED")).fire());
        pause(1000);
        fx(() -> ((javafx.scene.control.TableView<?>) lookup("#caseTable")).getSelectionModel().selectFirst());
        pause(1000);
        shoot("issue4-approval-reviewed.png");
        fx(() -> ((Button) lookup("#publiciseButton")).fire());
        pause(1200);
        shootDialog("issue4-approval-publicity.png");
        closeDialogs();
        fx(() -> ((javafx.scene.control.ToggleButton) lookup("#stage-PUBLICISED")).fire());
        pause(1000);
        fx(() -> ((javafx.scene.control.TableView<?>) lookup("#caseTable")).getSelectionModel().selectFirst());
        pause(1000);
        shoot("issue4-approval-clerk-cannot-approve.png");
        select(Section.REPORTS);
        pause(1500);
        fx(() -> chooseReport("waiting"));
        pause(1200);
        shoot("issue4-lists-waiting.png");
        fx(() -> chooseReport("payout"));
        pause(1200);
        shoot("issue4-lists-payout.png");
        fx(() -> ((Button) lookup("#payoutButton")).fire());
        pause(3000);
        shootDialog("issue4-payout-preview.png");
        closeDialogs();
        fx(() -> org.medaid.desk.login.LoginDialogView.show(WorkTour.window.stage(), WorkTour.fx.work.auth(),
                WorkTour.window.executor(), WorkTour.window.texts(), u -> { }));
        pause(1200);
        fx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() != null && w.getScene().lookup("#loginField") != null) {
                    ((TextField) w.getScene().lookup("#loginField")).setText("clerk1");
                    ((javafx.scene.control.PasswordField) w.getScene().lookup("#passwordField")).setText("wrong-pass");
                    ((Button) w.getScene().lookup("#loginButton")).fire();
                }
            }
        });
        pause(1500);
        shootDialog("issue4-login.png");
    }

    static void closeDialogs() throws Exception {
        fx(() -> {
            for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w.getScene() != WorkTour.window.scene() && w instanceof javafx.stage.Stage st) {
                    st.close();
                }
            }
        });
        pause(300);
    }

    /** Chooses the report {@code id} in 报表's report list. */
    @SuppressWarnings("unchecked")
    static void chooseReport(String id) {
        var list = (javafx.scene.control.ListView<org.medaid.desk.reports.ReportEntry>) lookup("#reportList");
        list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(e -> list.getSelectionModel().select(e));
    }

    static Node lookup(String id) {
        return WorkTour.window.scene().lookup(id);
    }

    static void type(String id, String text) {
        ((TextField) lookup(id)).setText(text);
    }

    static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
