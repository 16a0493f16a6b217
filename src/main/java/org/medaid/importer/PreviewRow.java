package org.medaid.importer;

import java.util.List;

/**
 * What importing one row of the file does: its outcome, the reason when refused (with the values the
 * message shows), the row as read, the stored person it concerns, the changes it makes, in words, and what the
 * clerk should know without anything being written for it ({@code notes}: a region proposed from the ID number, a
 * list region that differs from the stored one; ADR 0066).
 */
public record PreviewRow(int line, RowOutcome outcome, RejectReason reason, List<String> reasonArgs, ListRow row,
        Long personId, List<String> changes, List<String> notes) {

    public PreviewRow {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        changes = changes == null ? List.of() : List.copyOf(changes);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public PreviewRow(int line, RowOutcome outcome, RejectReason reason, List<String> reasonArgs, ListRow row,
            Long personId, List<String> changes) {
        this(line, outcome, reason, reasonArgs, row, personId, changes, null);
    }

    /** The clerk's text: the reason of a refusal, or the changes followed by the notes. */
    public String message() {
        if (reason != null) {
            return ImportMessages.format("RejectReason." + reason.name(), reasonArgs.toArray());
        }
        List<String> all = new java.util.ArrayList<>(changes);
        all.addAll(notes);
        return String.join("；", all);
    }
}
