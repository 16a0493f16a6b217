package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/**
 * The payout list for the bank, A4: each payee's full ID number and account with the amount, the total
 * in figures and capitals, and the boxes for who made, checked and authorised it.
 */
public final class PayoutListRenderer {

    private final PrintText text;

    public PayoutListRenderer() {
        this(PrintText.current());
    }

    public PayoutListRenderer(PrintText text) {
        this.text = text;
    }

    public byte[] render(PayoutListData data) {
        FormStyle style = new FormStyle(PaperSize.A4);
        String office = SlipHeader.orNotGiven(text, data.office());
        String batch = SlipHeader.orNotGiven(text, data.batch());
        return FormDocument.render(style, text, text.get("payout.title"), text.format("payout.footer", batch),
                (document, writer) -> {
                    FormHeader.write(document, style, text.get("payout.title"), text.format("form.office", office),
                            text.format("payout.batch", batch) + "　　"
                                    + text.format("payout.payingBank", SlipHeader.orNotGiven(text, data.payingBank())));
                    Grid g = new Grid(style, 0.5f, 0.9f, 1.95f, 2.6f, 2.0f, 1.1f).headerRows(1);
                    g.column(text.get("list.no")).column(text.get("list.name")).column(text.get("list.idNumber"))
                            .column(text.get("payout.bank")).column(text.get("payout.account")).column(text.get("list.amount"));
                    int i = 1;
                    for (PayoutListData.Row r : data.rows()) {
                        g.centred(String.valueOf(i++)).centred(r.name()).centred(IdDisplay.FULL.show(r.idNumber()))
                                .text(r.bank()).centred(r.account()).amount(r.amount());
                    }
                    if (data.rows().isEmpty()) {
                        g.text(text.get("list.empty"), 6);
                    }
                    BigDecimal total = ListTotals.sum(data.rows().stream().map(PayoutListData.Row::amount).toList());
                    g.label(text.get("list.total")).centred(text.format("payout.count", data.rows().size())).text("", 3)
                            .amount(total);
                    ListTotals.capitalsRow(g, style, text, total, 6);
                    document.add(g.table());
                    if (data.held() > 0) {
                        document.add(FormHeader.note(style, text.format("payout.held", data.held()), Element.ALIGN_LEFT));
                    }
                    PdfPTable signatures = Signatures.row(style, text, 50 * style.scale(),
                            new String[] {text.get("payout.preparedBy"), text.get("payout.checkedBy"), text.get("payout.head")},
                            new String[] {data.preparedBy(), data.checkedBy(), null});
                    signatures.setSpacingBefore(8 * style.scale());
                    signatures.setKeepTogether(true);
                    document.add(signatures);
                    document.add(FormHeader.note(style, text.format("list.seal", office) + "\n" + data.printedOn(),
                            Element.ALIGN_RIGHT));
                });
    }
}
