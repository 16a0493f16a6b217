package org.medaid.desk.reports;

import static org.medaid.desk.common.Columns.money;
import static org.medaid.desk.common.Columns.text;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.Texts;
import org.medaid.roster.PremiumLine;
import org.medaid.roster.PremiumSummary;

/** The 报表 section: the premium subsidy list of an insurance year, its totals, and its CSV export. */
public final class PremiumListView {

    @FXML private VBox root;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private TextField contributionField;
    @FXML private Label contributionMessage;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private HBox figures;
    @FXML private HBox problems;
    @FXML private Label problemsText;
    @FXML private Label errorLabel;
    @FXML private TableView<PremiumLine> table;
    @FXML private TableColumn<PremiumLine, String> nameColumn;
    @FXML private TableColumn<PremiumLine, String> idColumn;
    @FXML private TableColumn<PremiumLine, String> villageColumn;
    @FXML private TableColumn<PremiumLine, String> categoriesColumn;
    @FXML private TableColumn<PremiumLine, String> policyColumn;
    @FXML private TableColumn<PremiumLine, String> contributionColumn;
    @FXML private TableColumn<PremiumLine, String> subsidyColumn;
    @FXML private TableColumn<PremiumLine, String> assistanceColumn;
    @FXML private TableColumn<PremiumLine, String> countyColumn;
    @FXML private TableColumn<PremiumLine, String> paysColumn;
    @FXML private Label pageLabel;
    @FXML private Button prevButton;
    @FXML private Button nextButton;
    @FXML private Button exportButton;
    @FXML private Button xlsxButton;

    private final PremiumListViewModel model;
    private final Texts texts;
    private final Parent view;

    public PremiumListView(PremiumListViewModel model) {
        this.model = model;
        this.texts = model.state().text();
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        Label yearLabel = label("premiumList.year", yearSpinner);
        Label contributionLabel = label("premiumList.contribution", contributionField);
        HBox toolbar = (HBox) yearSpinner.getParent();
        toolbar.getChildren().add(0, yearLabel);
        toolbar.getChildren().add(2, contributionLabel);
        ReportControls.year(yearSpinner, model.yearProperty());
        contributionField.textProperty().bindBidirectional(model.contributionProperty());
        FieldMarks.bind(contributionField, model.contributionError(), contributionMessage);
        new ReportControls(root, model.state(), busyIndicator, statusLabel, errorLabel)
                .button(exportButton, ReportFiles.Format.CSV, () -> model.fileName(ReportFiles.Format.CSV), model::export)
                .button(xlsxButton, ReportFiles.Format.XLSX, () -> model.fileName(ReportFiles.Format.XLSX),
                        f -> model.export(ReportFiles.Format.XLSX, f));
        exportButton.disableProperty().bind(model.canQuery().not());
        xlsxButton.disableProperty().bind(model.canQuery().not());
        initTable();
        model.summaryProperty().addListener((o, a, b) -> showSummary(b));
        showSummary(null);
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> texts.format("premiumList.page",
                model.pageProperty().get() + 1), model.pageProperty()));
        prevButton.disableProperty().bind(model.pageProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.hasNextProperty().not());
        prevButton.setOnAction(e -> model.previousPage());
        nextButton.setOnAction(e -> model.nextPage());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.nextPage();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                model.previousPage();
            }
        });
    }

    private Label label(String key, javafx.scene.Node control) {
        Label l = new Label(texts.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        l.setId(control.getId() + "Label");
        return l;
    }

    private void initTable() {
        table.setItems(model.rows());
        table.setPlaceholder(new Label(texts.get("premiumList.empty")));
        text(nameColumn, PremiumLine::name);
        text(idColumn, PremiumLine::idNumber);
        text(villageColumn, l -> l.village() == null ? "" : l.village());
        text(categoriesColumn, l -> l.categories().stream().map(texts::label).collect(Collectors.joining("、")));
        text(policyColumn, l -> model.policyDocument(l.policy()));
        money(contributionColumn, PremiumLine::contribution);
        money(subsidyColumn, PremiumLine::subsidy);
        money(assistanceColumn, PremiumLine::assistanceFund);
        money(countyColumn, PremiumLine::countyBudget);
        money(paysColumn, PremiumLine::personPays);
    }

    private void showSummary(PremiumSummary s) {
        figures.getChildren().setAll(
                figure("premiumList.people", s == null ? "—" : texts.format("premiumList.peopleValue", s.people())),
                figure("premiumList.totalSubsidy", s == null ? "—" : Formats.money(s.subsidy())),
                figure("premiumList.totalAssistance", s == null ? "—" : Formats.money(s.assistanceFund())),
                figure("premiumList.totalCounty", s == null ? "—" : Formats.money(s.countyBudget())));
        boolean trouble = s != null && s.notComputed() > 0;
        problems.setVisible(trouble);
        problems.setManaged(trouble);
        if (trouble) {
            problemsText.setText(texts.format("premiumList.notComputed", s.notComputed(),
                    s.problems().isEmpty() ? "" : s.problems().get(0)));
        }
    }

    private VBox figure(String key, String value) {
        Label name = new Label(texts.get(key));
        name.getStyleClass().add("figure-label");
        Label v = new Label(value);
        v.getStyleClass().addAll("figure", "figure-card-value");
        VBox card = new VBox(4, name, v);
        card.getStyleClass().addAll("card", "figure-card");
        return card;
    }

    @FXML
    private void query() {
        model.query();
    }

    /** The section came on screen: the first query runs once, then the year has the focus. */
    public void shown() {
        if (model.summaryProperty().get() == null && !model.state().busyProperty().get()) {
            model.query();
        }
        yearSpinner.requestFocus();
    }

    public Parent view() {
        return view;
    }
}
