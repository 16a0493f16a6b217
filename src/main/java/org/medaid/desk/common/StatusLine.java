package org.medaid.desk.common;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The one way a view shows its {@link ScreenStatus} (ADR 0078). With one label the sentence is green for news
 * and red for a refusal (desk.css {@code .field-ok}, {@code .field-message}); with two, news goes to the first
 * and a refusal to the second (a banner), each taking no room while it says nothing. The busy mark (a progress
 * indicator, or null) shows once the screen's work has run for {@link BusyMark#DELAY} ({@link BusyMark}, ADR 0102): work that ends
 * sooner, such as a login, shows its sentence and no spinner, whose drawing at every frame in software rendering took
 * a core from that work on a two-core PC.
 */
public final class StatusLine {

    private static final String OK = "field-ok";
    private static final String REFUSED = "field-message";

    private StatusLine() {
    }

    /** News and refusals in one label, each in its colour. */
    public static void bind(ScreenStatus status, Label line, Node busyMark) {
        line.textProperty().bind(status.messageProperty());
        FieldMarks.collapseWhenEmpty(line);
        colour(line, status.isError());
        status.errorProperty().addListener((o, was, refused) -> colour(line, refused));
        busy(status, busyMark);
    }

    /** News in {@code news} (styled by its view), a refusal in {@code refusal} (a red banner). */
    public static void bind(ScreenStatus status, Label news, Label refusal, Node busyMark) {
        news.textProperty().bind(Bindings.createStringBinding(() -> status.isError() ? "" : status.message(),
                status.messageProperty(), status.errorProperty()));
        refusal.textProperty().bind(Bindings.createStringBinding(() -> status.isError() ? status.message() : "",
                status.messageProperty(), status.errorProperty()));
        FieldMarks.collapseWhenEmpty(refusal);
        busy(status, busyMark);
    }

    private static void busy(ScreenStatus status, Node busyMark) {
        if (busyMark != null) {
            BusyMark.follow(status.busyProperty(), busyMark);
        }
    }

    private static void colour(Label line, boolean refused) {
        line.getStyleClass().removeAll(OK, REFUSED);
        line.getStyleClass().add(refused ? REFUSED : OK);
    }
}
