package org.medaid.desk.common;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import org.medaid.reports.ReportPeriod;

/**
 * The period of a report: month, quarter or year, the year, and the month or quarter — bound to a view model's
 * period, which changes only to a whole valid period. Ids: {@code periodKind}, {@code periodYear}, {@code periodN}.
 */
public final class PeriodPicker {

    private final HBox box;
    private final ComboBox<ReportPeriod.Kind> kind = new ComboBox<>();
    private final Spinner<Integer> year;
    private final ComboBox<Integer> n = new ComboBox<>();
    private boolean updating;

    public PeriodPicker(ObjectProperty<ReportPeriod> period, Texts text, int firstYear, int lastYear) {
        kind.setId("periodKind");
        kind.getItems().setAll(ReportPeriod.Kind.values());
        Widgets.cells(kind, k -> text.get("period.kind." + k.name()));
        year = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(firstYear, lastYear, period.get().year()));
        year.setId("periodYear");
        year.setEditable(true);
        year.setPrefWidth(96);
        n.setId("periodN");
        n.setPrefWidth(96);
        show(period.get(), text);
        kind.valueProperty().addListener((o, a, b) -> push(period, text));
        year.valueProperty().addListener((o, a, b) -> push(period, text));
        n.valueProperty().addListener((o, a, b) -> push(period, text));
        period.addListener((o, a, b) -> show(b, text));
        Label label = new Label(text.get("period.label"));
        label.setLabelFor(kind);
        box = new HBox(8, label, kind, year, n);
        box.getStyleClass().add("toolbar");
    }

    private void show(ReportPeriod p, Texts text) {
        if (updating) {
            return;
        }
        updating = true;
        kind.setValue(p.kind());
        year.getValueFactory().setValue(p.year());
        items(p.kind(), text);
        n.setValue(p.kind() == ReportPeriod.Kind.YEAR ? null : p.n());
        updating = false;
    }

    private void items(ReportPeriod.Kind k, Texts text) {
        int max = k == ReportPeriod.Kind.MONTH ? 12 : k == ReportPeriod.Kind.QUARTER ? 4 : 0;
        List<Integer> values = IntStream.rangeClosed(1, max).boxed().toList();
        if (!n.getItems().equals(values)) {
            n.getItems().setAll(values);
        }
        Widgets.cells(n, v -> text.format(k == ReportPeriod.Kind.QUARTER ? "period.quarter.n" : "period.month.n", v));
        n.setDisable(max == 0);
    }

    private void push(ObjectProperty<ReportPeriod> period, Texts text) {
        if (updating) {
            return;
        }
        updating = true;
        ReportPeriod.Kind k = kind.getValue();
        items(k, text);
        Integer v = n.getValue();
        int max = k == ReportPeriod.Kind.MONTH ? 12 : k == ReportPeriod.Kind.QUARTER ? 4 : 0;
        int value = max == 0 ? 0 : v == null || v > max ? 1 : v;
        n.setValue(max == 0 ? null : value);
        period.set(new ReportPeriod(k, year.getValue(), value));
        updating = false;
    }

    public HBox node() {
        return box;
    }
}
