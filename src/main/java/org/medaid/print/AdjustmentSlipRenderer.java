package org.medaid.print;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.math.BigDecimal;
import org.medaid.calc.Tier;
import org.medaid.model.Money;

/**
 * The 结算调整单 as a PDF (ADR 0031): numbered, referring to the original 结算单 by its number, one row per
 * tier whose figure changed with 补付 or 应退回, the totals in figures and capitals, the reasons, signatures.
 */
public final class AdjustmentSlipRenderer {

    private final PrintText text;

    public AdjustmentSlipRenderer(PrintText text) {
        this.text = text;
    }

    public byte[] render(AdjustmentSlipData d, PaperSize paper) {
        FormStyle style = new FormStyle(paper);
        String footer = text.format("adjustment.footer", d.number(), d.printedOn());
        return FormDocument.render(style, text, text.get("adjustment.title"), footer, (document, writer) -> {
            Paragraph title = new Paragraph(text.get("adjustment.title"), style.title);
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Grid head = new Grid(style, 1, 1.6f, 1, 1.6f);
            head.label(text.get("adjustment.number")).strong(d.number(), 1)
                    .label(text.get("adjustment.original")).strong(d.settlementNumber(), 1);
            head.label(text.get("slip.name")).text(d.personName()).label(text.get("slip.idNumber"))
                    .text(d.idDisplay().show(d.idNumber()));
            head.label(text.get("slip.hospital")).text(d.hospital()).label(text.get("adjustment.settled"))
                    .text(String.valueOf(d.settled()));
            head.label(text.get("adjustment.office")).text(d.office(), 3);
            head.table().setSpacingBefore(6 * style.scale());
            document.add(head.table());
            Grid rows = new Grid(style, 1.6f, 1.2f, 1.2f, 1.2f, 1f);
            rows.heading(text.get("adjustment.section.lines"));
            rows.column(text.get("slip.item")).column(text.get("adjustment.before")).column(text.get("adjustment.after"))
                    .column(text.get("adjustment.difference")).column(text.get("adjustment.direction"));
            BigDecimal more = Money.ZERO;
            BigDecimal back = Money.ZERO;
            for (AdjustmentSlipData.Line l : d.lines()) {
                boolean tier = !l.key().equals("selfPay");
                rows.label(tier ? text.label(Tier.valueOf(l.key())) : text.get("slip.selfPay")).amount(l.before())
                        .amount(l.after()).amount(l.difference()).centred(direction(l, tier));
                if (tier && l.difference().signum() > 0) {
                    more = more.add(l.difference());
                } else if (tier) {
                    back = back.add(l.difference().negate());
                }
            }
            rows.strong(text.get("adjustment.payMoreTotal"), 3).strongAmount(more)
                    .strong(ChineseCapitals.of(more), 1);
            rows.strong(text.get("adjustment.returnTotal"), 3).strongAmount(back)
                    .strong(ChineseCapitals.of(back), 1);
            rows.table().setSpacingBefore(6 * style.scale());
            document.add(rows.table());
            Grid why = new Grid(style, 1);
            why.heading(text.get("adjustment.section.reasons"));
            for (String r : d.reasons()) {
                why.text(r);
            }
            why.table().setSpacingBefore(6 * style.scale());
            document.add(why.table());
            Grid sign = new Grid(style, 1, 1.4f, 1, 1.4f);
            sign.label(text.get("adjustment.confirmedBy")).text(d.confirmedBy()).label(text.get("adjustment.confirmedOn"))
                    .text(String.valueOf(d.confirmedOn()));
            sign.label(text.get("slip.reviewer")).text("").label(text.get("slip.patient")).text("");
            sign.table().setSpacingBefore(6 * style.scale());
            document.add(sign.table());
            if (d.reprint()) {
                Paragraph p = new Paragraph(text.format("adjustment.reprint", d.printedOn()), style.strong);
                p.setAlignment(Element.ALIGN_RIGHT);
                document.add(p);
            }
        });
    }

    private String direction(AdjustmentSlipData.Line l, boolean tier) {
        if (!tier) {
            return l.difference().signum() > 0 ? text.get("adjustment.selfPayUp") : text.get("adjustment.selfPayDown");
        }
        return l.difference().signum() > 0 ? text.get("adjustment.payMore") : text.get("adjustment.return");
    }
}
