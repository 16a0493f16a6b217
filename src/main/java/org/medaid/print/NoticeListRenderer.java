package org.medaid.print;

import org.medaid.model.WorkingDays;
import com.lowagie.text.Element;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quarterly public notice of assistance for the village board, A4 (邵医保发〔2021〕32号 三(八)): name,
 * village and amount, the ID number always masked, one page per village (each village's board), the notice
 * period of the procedure's working days (5 under 三(八)) computed with the calendar.
 */
public final class NoticeListRenderer {

    private final PrintText text;
    private final WorkingDays days;

    public NoticeListRenderer() {
        this(PrintText.current(), WorkingDays.WEEKENDS_ONLY);
    }

    public NoticeListRenderer(PrintText text, WorkingDays days) {
        this.text = text;
        this.days = days;
    }

    public byte[] render(NoticeListData data) {
        FormStyle style = new FormStyle(PaperSize.A4);
        String office = SlipHeader.orNotGiven(text, data.office());
        String quarter = text.get("notice.quarter." + data.quarter());
        String title = text.format("notice.title", office, data.year(), quarter);
        LocalDate start = days.onOrAfter(data.from());
        LocalDate end = days.periodEnd(start, data.days());
        Map<String, List<NoticeListData.Row>> byVillage = new LinkedHashMap<>();
        for (NoticeListData.Row r : data.rows()) {
            byVillage.computeIfAbsent(r.village() == null ? "" : r.village(), v -> new ArrayList<>()).add(r);
        }
        if (byVillage.isEmpty()) {
            byVillage.put("", List.of());
        }
        return FormDocument.render(style, text, title, text.get("notice.footer"), (document, writer) -> {
            boolean first = true;
            for (Map.Entry<String, List<NoticeListData.Row>> village : byVillage.entrySet()) {
                // One page per village: each goes on that village's fixed notice board (邵医保发〔2021〕32号 三(八)).
                if (!first) {
                    document.newPage();
                }
                first = false;
                FormHeader.write(document, style, title, village.getKey().isEmpty() ? "" : text.format("notice.village",
                        village.getKey()), "");
                document.add(FormHeader.note(style, "　　" + text.format("notice.intro", SlipHeader.orNotGiven(text, data.basis()),
                        data.year(), quarter, start, end, office, SlipHeader.orNotGiven(text, data.contact()), data.days()),
                        Element.ALIGN_LEFT));
                document.add(table(style, village.getValue()));
                document.add(FormHeader.note(style, text.format("list.seal", office) + "\n" + data.printedOn(), Element.ALIGN_RIGHT));
            }
        });
    }

    private com.lowagie.text.pdf.PdfPTable table(FormStyle style, List<NoticeListData.Row> rows) {
        Grid g = new Grid(style, 0.6f, 1.2f, 2.2f, 2.6f, 1.4f).headerRows(1);
        g.table().setSpacingBefore(6 * style.scale());
        g.column(text.get("list.no")).column(text.get("list.name")).column(text.get("list.idNumber"))
                .column(text.get("list.village")).column(text.get("notice.amount"));
        int i = 1;
        for (NoticeListData.Row r : rows) {
            g.centred(String.valueOf(i++)).centred(r.name()).centred(IdDisplay.MASKED.show(r.idNumber()))
                    .text(r.village()).amount(r.amount());
        }
        if (rows.isEmpty()) {
            g.text(text.get("list.empty"), 5);
        }
        BigDecimal total = ListTotals.sum(rows.stream().map(NoticeListData.Row::amount).toList());
        g.label(text.get("list.total")).centred(text.format("list.count", rows.size())).text("", 2).amount(total);
        ListTotals.capitalsRow(g, style, text, total, 5);
        return g.table();
    }
}
