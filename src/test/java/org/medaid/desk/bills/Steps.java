package org.medaid.desk.bills;

import static org.medaid.desk.bills.Issue4Tour.fx;
import static org.medaid.desk.bills.Issue4Tour.pause;
import static org.medaid.desk.bills.Issue4Tour.select;
import static org.medaid.desk.bills.Issue4Tour.shoot;
import static org.medaid.desk.bills.Issue4Tour.shootDialog;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.medaid.bills.StoredBill;
import org.medaid.desk.main.Section;
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
        shoot("issue4-ledger.png");
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
        fx(() -> ((Button) lookup("#printButton")).fire());
        pause(3000);
        shootDialog("issue4-slip-preview.png");
    }

    static Node lookup(String id) {
        return Issue4Tour.window.scene().lookup(id);
    }

    static void type(String id, String text) {
        ((TextField) lookup(id)).setText(text);
    }

    static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
