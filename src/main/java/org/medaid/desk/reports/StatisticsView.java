package org.medaid.desk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.medaid.desk.common.DataTables;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.common.Texts;
import org.medaid.print.TableReportRenderer;
import org.medaid.reports.Statistics;
import org.medaid.table.DataTable;

/** 统计报表: the period, four JavaFX charts each with its table beside it, and the XLSX and PDF exports. */
public final class StatisticsView {

    @FXML private HBox toolbar;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private StackedBarChart<String, Number> tierChart;
    @FXML private PieChart categoryChart;
    @FXML private BarChart<String, Number> burdenChart;
    @FXML private BarChart<String, Number> channelChart;
    @FXML private BarChart<String, Number> backChart;
    @FXML private VBox tierBox;
    @FXML private VBox categoryBox;
    @FXML private VBox burdenBox;
    @FXML private VBox channelBox;
    @FXML private VBox backBox;

    private final StatisticsViewModel model;
    private final Texts text;
    private final Parent view;
    private final TableView<List<Object>> tierTable;
    private final TableView<List<Object>> categoryTable;
    private final TableView<List<Object>> burdenTable;
    private final TableView<List<Object>> channelTable;
    private final TableView<List<Object>> backTable;
    private ReportControls controls;

    public StatisticsView(StatisticsViewModel model) {
        this.model = model;
        this.text = model.report().state().text();
        String none = text.get("stats.none");
        tierTable = DataTables.view("tierTable", none);
        categoryTable = DataTables.view("categoryTable", none);
        burdenTable = DataTables.view("burdenTable", none);
        channelTable = DataTables.view("channelTable", none);
        backTable = DataTables.view("backTable", none);
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        for (VBox box : List.of(tierBox, categoryBox, burdenBox, channelBox, backBox)) {
            box.setMinWidth(380);
        }
        place(tierBox, tierTable);
        place(categoryBox, categoryTable);
        place(burdenBox, burdenTable);
        place(channelBox, channelTable);
        place(backBox, backTable);
        controls = ReportControls.period(toolbar, model.report(), model.firstYear(), busyIndicator, messageLabel, model::fileName,
                (f, file) -> model.export(f, file, charts(f)), xlsxButton, pdfButton);
        model.report().resultProperty().addListener((o, a, b) -> show(b));
    }

    private static void place(VBox box, TableView<List<Object>> table) {
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getChildren().add(table);
    }

    private void show(Statistics s) {
        tierChart.getData().clear();
        for (Map.Entry<String, Map<YearMonth, BigDecimal>> e : model.tiersByMonth().entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(model.tierName(e.getKey()));
            e.getValue().forEach((m, v) -> series.getData().add(new XYChart.Data<>(String.format("%02d", m.getMonthValue()), v)));
            tierChart.getData().add(series);
        }
        categoryChart.getData().clear();
        model.peopleByCategory().forEach((k, v) -> categoryChart.getData().add(new PieChart.Data(k + " " + v, v)));
        burdenChart.getData().clear();
        XYChart.Series<String, Number> bands = new XYChart.Series<>();
        DataTable burden = model.burdenTable();
        burden.rows().forEach(r -> bands.getData().add(new XYChart.Data<>((String) r.get(0), (Number) r.get(1))));
        burdenChart.getData().add(bands);
        channelChart.getData().clear();
        XYChart.Series<String, Number> ways = new XYChart.Series<>();
        DataTable channel = model.channelTable();
        channel.rows().forEach(r -> ways.getData().add(new XYChart.Data<>((String) r.get(0),
                ((BigDecimal) r.get(3)).add((BigDecimal) r.get(4)))));
        channelChart.getData().add(ways);
        DataTables.show(tierTable, model.monthTable());
        DataTables.show(categoryTable, model.categoryTable());
        DataTables.show(burdenTable, burden);
        DataTables.show(channelTable, channel);
        backChart.getData().clear();
        DataTable back = model.backTable();
        XYChart.Series<String, Number> paid = new XYChart.Series<>();
        paid.setName(text.get("stats.series.paid"));
        XYChart.Series<String, Number> returned = new XYChart.Series<>();
        returned.setName(text.get("stats.col.recovered"));
        for (List<Object> r : back.rows()) {
            String month = ((String) r.get(0)).substring(5);
            paid.getData().add(new XYChart.Data<>(month, ((BigDecimal) r.get(1)).add((BigDecimal) r.get(2))));
            returned.getData().add(new XYChart.Data<>(month, (BigDecimal) r.get(4)));
        }
        backChart.getData().add(paid);
        backChart.getData().add(returned);
        DataTables.show(backTable, back);
    }

    @FXML
    private void query() {
        model.report().query();
    }

    /** The charts as on screen, for the printed report (none in a workbook). */
    private List<TableReportRenderer.Chart> charts(ReportFiles.Format f) {
        List<TableReportRenderer.Chart> charts = new ArrayList<>();
        if (f == ReportFiles.Format.PDF) {
            charts.add(new TableReportRenderer.Chart(text.get("stats.chart.tiers"), png(tierChart)));
            charts.add(new TableReportRenderer.Chart(text.get("stats.chart.categories"), png(categoryChart)));
            charts.add(new TableReportRenderer.Chart(text.get("stats.chart.burden"), png(burdenChart)));
            charts.add(new TableReportRenderer.Chart(text.get("stats.chart.channel"), png(channelChart)));
            charts.add(new TableReportRenderer.Chart(text.get("stats.chart.back"), png(backChart)));
        }
        return charts;
    }

    /** The chart as it is on screen, as PNG bytes for the printed report. */
    static byte[] png(Node chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(chart.snapshot(null, null), null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Where exports are saved (a test gives a path instead of the file chooser). */
    public void setSaveTarget(SaveTarget target) {
        controls.setSaveTarget(target);
    }

    /** The page came on screen: the first query runs once. */
    public void shown() {
        model.report().shown();
    }

    public Parent view() {
        return view;
    }
}
