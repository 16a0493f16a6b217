package org.medaid.desk.common;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * The controls the report tabs share (统计报表, 监测预警, 资金清算): the busy mark and the message, the XLSX and PDF buttons
 * enabled once there is a result, and where an export is saved ({@link SaveTarget}: the file chooser, or a path in tests).
 */
public final class ReportControls {

    private final Node root;
    private final Texts text;
    private SaveTarget saveTarget = SaveTarget.chooser();

    public ReportControls(Node root, Texts text, ProgressIndicator busyIndicator, ObservableBooleanValue busy,
            Label messageLabel, ObservableStringValue message, ObservableObjectValue<?> result, Button xlsx, Button pdf) {
        this.root = root;
        this.text = text;
        busyIndicator.visibleProperty().bind(busy);
        messageLabel.textProperty().bind(message);
        xlsx.disableProperty().bind(Bindings.isNull(result));
        pdf.disableProperty().bind(Bindings.isNull(result));
    }

    /** Asks where to save the export named {@code fileName}; null when the clerk cancelled. */
    public Path choose(ReportFiles.Format format, String fileName) {
        return saveTarget.choose(root.getScene().getWindow(), text.get("export.chooser"), fileName, format);
    }

    /** Where exports are saved (a test gives a path instead of the file chooser). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }
}
