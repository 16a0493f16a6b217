package org.medaid.print;

import com.lowagie.text.Element;
import java.util.List;
import org.medaid.calc.FlagNote;

/**
 * Section 六 of the slip: the policy it was settled under, a notice when it used figures the county has
 * not confirmed (POLICY-NOTES §6), and the calculator's flags with their clauses.
 */
final class SlipNotes {

    private SlipNotes() {
    }

    static Grid notes(FormStyle style, PrintText text, SlipData data) {
        Grid g = new Grid(style, 1.35f, 6.65f);
        g.heading(text.get("slip.section.notes"));
        SlipPolicy p = data.policy();
        g.label(text.get("slip.policy")).text(text.format("slip.policyLine", p.name(), p.document()));
        List<String> unconfirmed = data.result().unconfirmed();
        if (!unconfirmed.isEmpty()) {
            g.label(text.get("slip.unconfirmedLabel"));
            g.cell(g.cell(text.format("slip.unconfirmed", UnconfirmedText.describe(text, p, unconfirmed)), style.strong,
                    Element.ALIGN_LEFT, 1));
        }
        List<FlagNote> flags = data.result().flags();
        g.label(text.get("slip.flags")).text(flags.isEmpty() ? text.get("common.none") : flagLines(flags));
        return g;
    }

    static String flagLines(List<FlagNote> flags) {
        return String.join("\n", flags.stream()
                .map(f -> f.source() == null ? f.text() : f.text() + " 〔" + f.source() + "〕").toList());
    }
}
