package org.medaid.desk.reports;

import javafx.scene.Node;

/** A report's page once made, and what to do each time the clerk comes back to it (read the list again, ...). */
public record ReportScreen(Node view, Runnable shown) {

    /** A page with nothing to refresh when it is shown again. */
    public static ReportScreen of(Node view) {
        return new ReportScreen(view, () -> { });
    }
}
