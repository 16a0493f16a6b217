package org.medaid.desk.common;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.medaid.store.StoreException;

/** Shows an error the clerk can act on: a Chinese sentence, the technical detail folded away. */
public final class Errors {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /** The clerk's sentence for an unexpected failure of a background task. */
    public static String describe(Throwable error, Texts texts) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof StoreException)) {
            e = e.getCause();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return texts.format("error.store", detail);
    }

    /** Shows the error; one with a technical detail is unexpected and goes to the log with its stack trace. */
    public static void show(Window owner, Texts texts, String header, String message, Throwable detail) {
        if (detail != null) {
            LOG.error("{}: {}", header, message, detail);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(texts.get("common.error.title"));
        alert.setHeaderText(header);
        alert.setContentText(message);
        if (detail != null) {
            TextArea area = new TextArea(stackTrace(detail));
            area.setEditable(false);
            area.setPrefRowCount(10);
            alert.getDialogPane().setExpandableContent(area);
        }
        Styles.apply(alert.getDialogPane());
        alert.showAndWait();
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
