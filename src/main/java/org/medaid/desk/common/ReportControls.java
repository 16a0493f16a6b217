package org.medaid.desk.common;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;

/**
 * The controls every report page shares (ADR 0075): the busy mark and the message bound to the view model's
 * {@link ReportState}, and the export buttons, each asking where to save ({@link SaveTarget}: the file chooser, or
 * a path in tests) and handing the file to the view model. A report view declares no export handler of its own.
 */
public final class ReportControls {

    private final Node root;
    private final Texts text;
    private SaveTarget saveTarget = SaveTarget.chooser();

    /**
     * Binds the busy mark and the message line (either may be null where the page has none) with {@link StatusLine}:
     * news and refusals in the one label, each in its colour.
     */
    public ReportControls(Node root, ReportState state, ProgressIndicator busyIndicator, Label messageLabel) {
        this.root = root;
        this.text = state.text();
        if (messageLabel != null) {
            StatusLine.bind(state.status(), messageLabel, busyIndicator);
        } else if (busyIndicator != null) {
            busyIndicator.visibleProperty().bind(state.busyProperty());
        }
    }

    /** The same for a page with a refusal banner apart from its message line: news in one, refusals in the other. */
    public ReportControls(Node root, ReportState state, ProgressIndicator busyIndicator, Label messageLabel, Label errorLabel) {
        this.root = root;
        this.text = state.text();
        StatusLine.bind(state.status(), messageLabel, errorLabel, busyIndicator);
    }

    /**
     * The XLSX and PDF buttons (either may be null): enabled once {@code result} holds something; each asks where to
     * save the file named by {@code fileName} and hands the path to {@code save}.
     */
    public ReportControls exports(ObservableObjectValue<?> result, Function<ReportFiles.Format, String> fileName,
            BiConsumer<ReportFiles.Format, Path> save, Button xlsx, Button pdf) {
        if (xlsx != null) {
            xlsx.disableProperty().bind(Bindings.isNull(result));
            button(xlsx, ReportFiles.Format.XLSX, () -> fileName.apply(ReportFiles.Format.XLSX), p -> save.accept(ReportFiles.Format.XLSX, p));
        }
        if (pdf != null) {
            pdf.disableProperty().bind(Bindings.isNull(result));
            button(pdf, ReportFiles.Format.PDF, () -> fileName.apply(ReportFiles.Format.PDF), p -> save.accept(ReportFiles.Format.PDF, p));
        }
        return this;
    }

    /** One export button: asks where to save a {@code format} file named {@code fileName}, then {@code save}s there. */
    public ReportControls button(Button b, ReportFiles.Format format, Supplier<String> fileName, Consumer<Path> save) {
        b.setOnAction(e -> {
            Path file = choose(format, fileName.get());
            if (file != null) {
                save.accept(file);
            }
        });
        return this;
    }

    /**
     * A report that is one list ({@link ReportRows}, ADR 0082): the status line, the XLSX and PDF buttons (enabled
     * once the list is read), and the table showing the rows with {@code empty} while there are none.
     */
    public static <R> ReportControls rows(Node root, ReportRows<R> list, ProgressIndicator busyIndicator, Label messageLabel,
            Button xlsx, Button pdf, TableView<R> table, String empty) {
        table.setItems(list.rows());
        table.setPlaceholder(new Label(empty));
        return new ReportControls(root, list.state(), busyIndicator, messageLabel).exports(list.loadedProperty(), list::fileName,
                list::export, xlsx, pdf);
    }

    /**
     * A report of a chosen period ({@link PeriodReport}, ADR 0082): the period picker first in {@code toolbar} (years
     * {@code firstYear} to this year), the status line, the XLSX and PDF buttons enabled once a period is read.
     */
    public static <T> ReportControls period(javafx.scene.layout.Pane toolbar, PeriodReport<T> report, int firstYear,
            ProgressIndicator busyIndicator, Label messageLabel, Function<ReportFiles.Format, String> fileName,
            BiConsumer<ReportFiles.Format, Path> save, Button xlsx, Button pdf) {
        ReportState state = report.state();
        toolbar.getChildren().add(0, new PeriodPicker(report.periodProperty(), state.text(), firstYear, report.lastYear()).node());
        return new ReportControls(toolbar, state, busyIndicator, messageLabel).exports(report.resultProperty(), fileName, save, xlsx, pdf);
    }

    /**
     * A report of an insurance year that the clerk records into ({@link YearReport}, ADR 0082): the year spinner named by
     * {@code yearLabel}, the status line with its refusal banner, the XLSX and PDF buttons (either may be null) enabled
     * once a year is read.
     */
    public static ReportControls yearly(Node root, YearReport<?> report, Label yearLabel, Spinner<Integer> spinner,
            ProgressIndicator busyIndicator, Label messageLabel, Label errorLabel, Function<ReportFiles.Format, String> fileName,
            BiConsumer<ReportFiles.Format, Path> save, Button xlsx, Button pdf) {
        year(yearLabel, spinner, report.yearProperty());
        return new ReportControls(root, report.state(), busyIndicator, messageLabel, errorLabel).exports(report.loadedProperty(),
                fileName, save, xlsx, pdf);
    }

    /** The same, with its label naming the spinner (Alt+letter reaches it). */
    public static void year(Label label, Spinner<Integer> spinner, IntegerProperty year) {
        label.setLabelFor(spinner);
        year(spinner, year);
    }

    /** A year spinner from 2019 to next year, bound both ways to {@code year}. */
    public static void year(Spinner<Integer> spinner, IntegerProperty year) {
        int now = year.get();
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2019, now + 1, now));
        ObjectProperty<Integer> boxed = year.asObject();
        // the spinner keeps the boxed property: a bidirectional binding holds it only weakly
        spinner.getProperties().put(ReportControls.class, boxed);
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
    }

    /** Asks where to save the export named {@code fileName}; null when the clerk cancelled. */
    public Path choose(ReportFiles.Format format, String fileName) {
        return saveTarget.choose(root.getScene() == null ? null : root.getScene().getWindow(), text.get("export.chooser"),
                fileName, format);
    }

    /** Where exports are saved (a test gives a path instead of the file chooser). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }
}
