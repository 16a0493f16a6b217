package org.medaid.print;

import com.lowagie.text.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medaid.calc.BillResult;
import org.medaid.calc.Line;
import org.medaid.calc.Tier;
import org.medaid.model.Bill;

/**
 * Sections 三 and 四 of the slip: the cost breakdown (POLICY-NOTES §1), each tier with its amount and
 * the arithmetic with its clause, then what the tiers paid together and what the person pays, in figures
 * and in capitals.
 */
final class SlipMoneyTables {

    private SlipMoneyTables() {
    }

    static Grid costs(FormStyle style, PrintText text, SlipData data) {
        Bill b = data.stay().bill();
        Grid g = new Grid(style, 1, 1, 1, 1, 1);
        g.heading(text.get("slip.section.costs"));
        for (String key : List.of("slip.total", "slip.outOfCatalog", "slip.classBSelfPay", "slip.overLimit", "slip.compliant")) {
            g.column(text.get(key));
        }
        g.amount(b.total()).amount(b.outOfCatalog()).amount(b.classBSelfPay()).amount(b.overLimit())
                .amount(data.result().compliant());
        return g;
    }

    static Grid tiers(FormStyle style, PrintText text, SlipData data) {
        BillResult r = data.result();
        Grid g = new Grid(style, 1.55f, 1.15f, 5.3f);
        g.heading(text.get("slip.section.tiers"));
        g.column(text.get("slip.item")).column(text.get("slip.amount")).column(text.get("slip.explanation"));
        for (Tier t : shownTiers(r)) {
            g.label(text.label(t)).amount(r.paid(t)).text(explanation(r, t));
        }
        total(g, style, text, text.get("slip.tiersTogether"), r.totalPaid());
        total(g, style, text, text.get("slip.selfPay"), r.selfPay());
        return g;
    }

    /** The three tiers always; a later tier only where the policy has it (it wrote a line) or it paid. */
    static List<Tier> shownTiers(BillResult r) {
        return Arrays.stream(Tier.values())
                .filter(t -> t == Tier.basic || t == Tier.criticalIllness || t == Tier.assistance || r.paid(t).signum() != 0
                        || r.lines().stream().anyMatch(l -> l.tier().equals(t.name())))
                .toList();
    }

    /**
     * The tier's explanation lines without the tier's name in front (the row already names it), then
     * each clause they cite once, in 〔〕.
     */
    static String explanation(BillResult r, Tier t) {
        List<Line> lines = r.lines().stream().filter(l -> l.tier().equals(t.name())).toList();
        List<String> out = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Line l : lines) {
            String body = l.text();
            String cited = l.source() == null ? null : " 〔" + l.source() + "〕";
            if (cited != null && body.endsWith(cited)) {
                body = body.substring(0, body.length() - cited.length());
                sources.add(l.source());
            }
            out.add(TierPrefix.strip(t, body));
        }
        sources.forEach(s -> out.add("〔" + s + "〕"));
        return String.join("\n", out);
    }

    private static void total(Grid g, FormStyle style, PrintText text, String label, BigDecimal amount) {
        g.cell(g.cell(label, style.strong, Element.ALIGN_CENTER, 1));
        g.strongAmount(amount);
        g.cell(g.cell(text.format("common.capitals", ChineseCapitals.of(amount)), style.strong, Element.ALIGN_LEFT, 1));
    }
}
