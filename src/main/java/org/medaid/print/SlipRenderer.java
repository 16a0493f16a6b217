package org.medaid.print;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The 医疗费用三重保障结算单 of one bill as a PDF, on A4 or laid out for A5. The desk previews and prints
 * these very bytes ({@link PrintService}), and the {@code slip} command writes them to a file.
 */
public final class SlipRenderer {

    private final PrintText text;

    public SlipRenderer() {
        this(PrintText.current());
    }

    public SlipRenderer(PrintText text) {
        this.text = text;
    }

    public byte[] render(SlipData data, PaperSize paper) {
        FormStyle style = new FormStyle(paper);
        String footer = text.format("slip.footer", data.printedOn(), SlipHeader.orNotGiven(text, data.clerk()));
        return FormDocument.render(style, text, text.get("slip.title"), footer, (document, writer) -> {
            org.medaid.logging.Timing.mark("slip: document open");
            SlipHeader.write(document, writer, style, text, data);
            add(document, SlipStayTables.person(style, text, data));
            add(document, SlipStayTables.stay(style, text, data));
            add(document, SlipMoneyTables.costs(style, text, data));
            add(document, SlipMoneyTables.tiers(style, text, data));
            add(document, SlipYearTables.year(style, text, data));
            add(document, SlipYearTables.tracks(style, text, data));
            add(document, SlipNotes.notes(style, text, data));
            PdfPTable signatures = Signatures.row(style, text, 50 * style.scale(),
                    new String[] {text.get("slip.clerk"), text.get("slip.reviewer"), text.get("slip.patient")},
                    new String[] {data.clerk(), null, null});
            signatures.setSpacingBefore(6 * style.scale());
            signatures.setKeepTogether(true);
            document.add(signatures);
            org.medaid.logging.Timing.mark("slip: laid out");
        });
    }

    private static void add(Document document, Grid grid) {
        if (grid != null) {
            document.add(grid.table());
        }
    }
}
