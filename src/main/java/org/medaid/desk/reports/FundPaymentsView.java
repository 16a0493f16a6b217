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
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.common.Texts;

/** 资金清算: the hospitals' repayment list and the persons' list of a period, with XLSX and PDF exports. */
public final class FundPaymentsView {

    @FXML private HBox toolbar;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private VBox hospitalBox;
    @FXML private VBox personBox;

    private final FundPaymentsViewModel model;
    private final Parent view;
    private final TableView<List<Object>> hospitals;
    private final TableView<List<Object>> persons;
    private ReportControls controls;

    public FundPaymentsView(FundPaymentsViewModel model) {
        this.model = model;
        Texts text = model.report().state().text();
        hospitals = DataTables.view("hospitalTable", text.get("fund.hospitals.none"));
        persons = DataTables.view("personTable", text.get("fund.persons.none"));
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        VBox.setVgrow(hospitals, Priority.ALWAYS);
        VBox.setVgrow(persons, Priority.ALWAYS);
        hospitalBox.getChildren().add(hospitals);
        personBox.getChildren().add(persons);
        controls = ReportControls.period(toolbar, model.report(), 2019, busyIndicator, messageLabel, model::fileName, model::export,
                xlsxButton, pdfButton);
        model.report().resultProperty().addListener((o, a, b) -> {
            DataTables.show(hospitals, model.hospitals());
            DataTables.show(persons, model.persons());
        });
    }

    @FXML
    private void query() {
        model.report().query();
    }

    public void setSaveTarget(SaveTarget target) {
        controls.setSaveTarget(target);
    }

    /** The page came on screen: the first read runs once. */
    public void shown() {
        model.report().shown();
    }

    public Parent view() {
        return view;
    }
}
