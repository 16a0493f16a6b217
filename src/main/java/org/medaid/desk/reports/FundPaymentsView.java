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

/**
 * 资金清算: the hospitals' repayment list and the persons' list of a period, the reconciliation by channel with what
 * was owed back, returned and the net, and every amount owed back or returned (ADR 0093); XLSX and PDF exports.
 */
public final class FundPaymentsView {

    @FXML private HBox toolbar;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private VBox hospitalBox;
    @FXML private VBox personBox;
    @FXML private VBox reconcileBox;
    @FXML private VBox backBox;

    private final FundPaymentsViewModel model;
    private final Parent view;
    private final TableView<List<Object>> hospitals;
    private final TableView<List<Object>> persons;
    private final TableView<List<Object>> reconcile;
    private final TableView<List<Object>> back;
    private ReportControls controls;

    public FundPaymentsView(FundPaymentsViewModel model) {
        this.model = model;
        Texts text = model.report().state().text();
        hospitals = DataTables.view("hospitalTable", text.get("fund.hospitals.none"));
        persons = DataTables.view("personTable", text.get("fund.persons.none"));
        reconcile = DataTables.view("reconcileTable", text.get("fund.reconcile.none"));
        back = DataTables.view("backTable", text.get("fund.back.none"));
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        VBox.setVgrow(hospitals, Priority.ALWAYS);
        VBox.setVgrow(persons, Priority.ALWAYS);
        hospitalBox.getChildren().add(hospitals);
        personBox.getChildren().add(persons);
        reconcile.setPrefHeight(156);
        reconcile.setMinHeight(156);
        back.setMinHeight(150);
        VBox.setVgrow(back, Priority.ALWAYS);
        reconcileBox.getChildren().add(reconcile);
        backBox.getChildren().add(back);
        controls = ReportControls.period(toolbar, model.report(), 2019, busyIndicator, messageLabel, model::fileName, model::export,
                xlsxButton, pdfButton);
        model.report().resultProperty().addListener((o, a, b) -> {
            DataTables.show(hospitals, model.hospitals());
            DataTables.show(persons, model.persons());
            DataTables.show(reconcile, model.reconcile());
            DataTables.show(back, model.moneyBack());
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
