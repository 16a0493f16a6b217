package org.medaid.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medaid.print.ApplicationStages.Stage;

/**
 * The applications waiting at each stage on a day ({@code asOf}), for the clerk's follow-up: each row
 * names the stage it waits at and since when ({@code since}: received, or the notice's first day).
 */
public record WaitingListData(String office, LocalDate asOf, List<Row> rows) {

    public WaitingListData {
        Objects.requireNonNull(asOf, "asOf");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** One application waiting at {@code stage}. */
    public record Row(Stage stage, String number, String name, String village, LocalDate applied, LocalDate since) {

        public Row {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(applied, "applied");
            since = since == null ? applied : since;
        }
    }
}
