package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

/** The 受理回执 as a PDF: handed to the applicant when the written application is accepted. */
public final class IntakeReceiptRenderer {

    private final PrintText text;

    public IntakeReceiptRenderer(PrintText text) {
        this.text = text;
    }

    public byte[] render(IntakeReceiptData d, PaperSize paper) {
        FormStyle style = new FormStyle(paper);
        String footer = text.format("receipt.footer", d.number(), d.printedOn());
        return FormDocument.render(style, text, text.get("receipt.title"), footer, (document, writer) -> {
            Paragraph title = new Paragraph(text.get("receipt.title"), style.title);
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            if (d.urgent()) {
                Paragraph urgent = new Paragraph(text.format("receipt.urgent", d.urgentReason() == null ? "" : d.urgentReason()),
                        style.strong);
                urgent.setAlignment(Element.ALIGN_RIGHT);
                document.add(urgent);
            }
            Grid head = new Grid(style, 1, 1.6f, 1, 1.6f);
            head.label(text.get("receipt.number")).strong(d.number(), 1)
                    .label(text.get("receipt.type")).text(d.typeLabel() == null ? text.get("receipt.typeNone") : d.typeLabel());
            head.label(text.get("slip.name")).text(d.personName()).label(text.get("slip.idNumber"))
                    .text(IdDisplay.MASKED.show(d.idNumber()));
            head.label(text.get("receipt.address")).text(join(d.township(), d.village()), 3);
            head.label(text.get("receipt.acceptedOn")).strong(String.valueOf(d.acceptedOn()), 1)
                    .label(text.get("receipt.visitDue")).strong(String.valueOf(d.visitDue()), 1);
            head.table().setSpacingBefore(6 * style.scale());
            document.add(head.table());
            Grid docs = new Grid(style, 0.5f, 4f, 1f);
            docs.heading(text.get("receipt.section.documents"));
            docs.column(text.get("receipt.no")).column(text.get("receipt.document")).column(text.get("receipt.state"));
            int n = 0;
            for (String r : d.received()) {
                docs.centred(String.valueOf(++n)).text(r).centred(text.get("receipt.received"));
            }
            for (String m : d.missing()) {
                docs.centred(String.valueOf(++n)).text(m).centred(text.get("receipt.missing"));
            }
            if (n == 0) {
                docs.text(text.get("receipt.noList"), 3);
            }
            docs.text(text.format("receipt.source", d.source() == null ? text.get("receipt.noSource") : d.source()), 3);
            docs.table().setSpacingBefore(6 * style.scale());
            document.add(docs.table());
            Paragraph note = new Paragraph(text.format(d.missing().isEmpty() ? "receipt.note" : "receipt.noteMissing",
                    d.acceptedOn(), d.visitDue()), style.value);
            note.setSpacingBefore(6 * style.scale());
            document.add(note);
            Grid sign = new Grid(style, 1, 1.4f, 1, 1.4f);
            sign.label(text.get("receipt.office")).text(d.office()).label(text.get("receipt.clerk")).text(d.clerk());
            sign.label(text.get("receipt.applicantSign")).text("").label(text.get("receipt.date")).text(String.valueOf(d.acceptedOn()));
            sign.table().setSpacingBefore(6 * style.scale());
            document.add(sign.table());
        });
    }

    static String join(String township, String village) {
        return (township == null ? "" : township) + (village == null ? "" : village);
    }
}
