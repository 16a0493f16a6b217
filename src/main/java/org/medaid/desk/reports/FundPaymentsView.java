package org.medaid.desk.reports;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.DataTables;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.PeriodPicker;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.common.Texts;

/** 资金清算: the hospitals' repayment list and the persons' list of a period, with XLSX and PDF exports. */
public final class FundPaymentsView {

    @FXML private VBox root;
    @FXML private HBox toolbar;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private VBox hospitalBox;
    @FXML private VBox personBox;

    private final FundPaymentsViewModel model;
    private final Texts text;
    private final Parent view;
    private final TableView<List<Object>> hospitals;
    private final TableView<List<Object>> persons;
    private ReportControls controls;

    public FundPaymentsView(FundPaymentsViewModel model) {
        this.model = model;
        this.text = model.state().text();
        hospitals = DataTables.view("hospitalTable", text.get("fund.hospitals.none"));
        persons = DataTables.view("personTable", text.get("fund.persons.none"));
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        toolbar.getChildren().add(0, new PeriodPicker(model.periodProperty(), text, 2019, model.lastYear()).node());
        VBox.setVgrow(hospitals, Priority.ALWAYS);
        VBox.setVgrow(persons, Priority.ALWAYS);
        hospitalBox.getChildren().add(hospitals);
        personBox.getChildren().add(persons);
        controls = new ReportControls(root, model.state(), busyIndicator, messageLabel).exports(model.listsProperty(),
                model::fileName, model::export, xlsxButton, pdfButton);
        model.listsProperty().addListener((o, a, b) -> {
            DataTables.show(hospitals, model.hospitals());
            DataTables.show(persons, model.persons());
        });
    }

    @FXML
    private void query() {
        model.query();
    }

    public void setSaveTarget(SaveTarget target) {
        controls.setSaveTarget(target);
    }

    public void shown() {
        if (model.listsProperty().get() == null && !model.state().busyProperty().get()) {
            model.query();
        }
    }

    public Parent view() {
        return view;
    }
}
