package org.medaid.importer;

import java.util.List;

/**
 * What importing one row of the file does: its outcome, the reason when refused (with the values the
 * message shows), the row as read, the stored person it concerns, and the changes it makes, in words.
 */
public record PreviewRow(int line, RowOutcome outcome, RejectReason reason, List<String> reasonArgs, ListRow row,
        Long personId, List<String> changes) {

    public PreviewRow {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The clerk's text: the reason of a refusal, or the changes. */
    public String message() {
        if (reason != null) {
            return ImportMessages.format("RejectReason." + reason.name(), reasonArgs.toArray());
        }
        return String.join("；", changes);
    }
}
