package org.medaid.print;

import org.medaid.model.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import org.medaid.print.ApplicationStages.Stage;

/**
 * The applications waiting at each stage, A4: one table per stage with how many working days each has
 * used and, where the procedure sets one (ADR 0017), its deadline, marked 已超期 when passed.
 */
public final class WaitingListRenderer {

    private final PrintText text;
    private final WorkingDays days;

    public WaitingListRenderer() {
        this(PrintText.current(), WorkingDays.WEEKENDS_ONLY);
    }

    public WaitingListRenderer(PrintText text, WorkingDays days) {
        this.text = text;
        this.days = days;
    }

    public byte[] render(WaitingListData data) {
        FormStyle style = new FormStyle(PaperSize.A4);
        String office = SlipHeader.orNotGiven(text, data.office());
        return FormDocument.render(style, text, text.get("waiting.title"), text.format("waiting.asOf", data.asOf()),
                (document, writer) -> {
                    FormHeader.write(document, style, text.get("waiting.title"), text.format("form.office", office),
                            text.format("waiting.asOf", data.asOf()));
                    for (Stage stage : Stage.values()) {
                        List<WaitingListData.Row> rows = data.rows().stream().filter(r -> r.stage() == stage).toList();
                        Grid g = stage(style, stage, rows, data.asOf());
                        g.table().setSpacingBefore(6 * style.scale());
                        document.add(g.table());
                    }
                });
    }

    private Grid stage(FormStyle style, Stage stage, List<WaitingListData.Row> rows, LocalDate asOf) {
        Grid g = new Grid(style, 0.55f, 1.5f, 1.0f, 1.5f, 1.2f, 1.2f, 2.1f, 1.0f);
        g.heading(text.format("waiting.section", StageNames.of(text, stage), rows.size()));
        if (rows.isEmpty()) {
            return g.text(text.get("waiting.none"), 8);
        }
        g.headerRows(2);
        for (String k : List.of("list.no", "waiting.number", "list.name", "list.village", "waiting.applied", "waiting.since",
                "waiting.deadline", "waiting.days")) {
            g.column(text.get(k));
        }
        int i = 1;
        for (WaitingListData.Row r : rows) {
            LocalDate deadline = deadline(r);
            String due = deadline == null ? text.get("waiting.noDeadline")
                    : asOf.isAfter(deadline) ? deadline + " " + text.get("waiting.overdue") : deadline.toString();
            g.centred(String.valueOf(i++)).centred(r.number()).centred(r.name()).text(r.village())
                    .centred(r.applied().toString()).centred(r.since().toString()).centred(due)
                    .centred(String.valueOf(days.between(r.since(), asOf)));
        }
        return g;
    }

    /** 乡镇审核: 10 working days from receipt; 公示: its 5th working day; other stages set none. */
    LocalDate deadline(WaitingListData.Row r) {
        return switch (r.stage()) {
            case TOWNSHIP_REVIEW -> days.after(r.applied(), 10);
            case PUBLICITY -> days.periodEnd(r.since(), 5);
            default -> null;
        };
    }
}
