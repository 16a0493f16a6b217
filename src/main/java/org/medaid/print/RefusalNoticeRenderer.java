package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

/** The 不予救助告知书 as a PDF: the written reasons the applicant is given (邵医保发〔2021〕32号 三(八)). */
public final class RefusalNoticeRenderer {

    private final PrintText text;

    public RefusalNoticeRenderer(PrintText text) {
        this.text = text;
    }

    public byte[] render(RefusalNoticeData d, PaperSize paper) {
        FormStyle style = new FormStyle(paper);
        String footer = text.format("refusal.footer", d.number(), d.printedOn());
        return FormDocument.render(style, text, text.get("refusal.title"), footer, (document, writer) -> {
            Paragraph title = new Paragraph(text.get("refusal.title"), style.title);
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph to = new Paragraph(text.format("refusal.to", d.personName()), style.value);
            to.setSpacingBefore(8 * style.scale());
            document.add(to);
            Paragraph body = new Paragraph(text.format("refusal.body", d.appliedOn(), d.number(), d.refusedAtStage(),
                    d.refusedOn()), style.value);
            body.setFirstLineIndent(24 * style.scale());
            document.add(body);
            Grid head = new Grid(style, 1, 1.6f, 1, 1.6f);
            head.label(text.get("slip.name")).text(d.personName()).label(text.get("slip.idNumber"))
                    .text(IdDisplay.MASKED.show(d.idNumber()));
            head.label(text.get("receipt.address")).text(IntakeReceiptRenderer.join(d.township(), d.village()), 3);
            head.table().setSpacingBefore(6 * style.scale());
            document.add(head.table());
            Grid why = new Grid(style, 1);
            why.heading(text.get("refusal.section.reasons"));
            why.text(d.reasons());
            why.table().setSpacingBefore(6 * style.scale());
            document.add(why.table());
            Grid told = new Grid(style, 1, 1.4f, 1, 1.4f);
            told.label(text.get("refusal.toldOn")).text(d.toldOn() == null ? "      年    月    日" : String.valueOf(d.toldOn()))
                    .label(text.get("refusal.toldHow")).text(d.toldHow() == null ? "" : d.toldHow());
            told.label(text.get("receipt.office")).text(d.office()).label(text.get("refusal.applicantSign")).text("");
            told.table().setSpacingBefore(8 * style.scale());
            document.add(told.table());
        });
    }
}
