package org.medaid.print;

import org.medaid.model.WorkingDays;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medaid.print.ApplicationFormData.BankAccount;
import org.medaid.print.ApplicationStages.Approval;
import org.medaid.print.ApplicationStages.Payout;
import org.medaid.print.ApplicationStages.Publicity;
import org.medaid.print.ApplicationStages.Refusal;
import org.medaid.print.ApplicationStages.Review;
import org.medaid.print.ApplicationStages.Stage;
import org.medaid.print.ApplicationStages.Step;

/**
 * Section 五 of the application form: one row per stage with what was done, by whom and when, and a
 * place to sign. Deadlines come from the dates (ADR 0017): the township's household visit within 10
 * working days of receipt, the public notice 5 working days. A refused application ends with the
 * written reason; the stages after it are left out.
 */
final class ApplicationProcessTable {

    private ApplicationProcessTable() {
    }

    static Grid process(FormStyle style, PrintText text, ApplicationFormData data, WorkingDays days) {
        ApplicationStages s = data.stages();
        Grid g = new Grid(style, 1.35f, 5.35f, 1.8f);
        g.heading(text.get("form.section.process"));
        g.column(text.get("form.stage")).column(text.get("form.handling")).column(text.get("form.signature"));
        Refusal refusal = s.refusal();
        row(g, style, text, "form.stage.applied",
                List.of(text.format("form.applied", s.applied().date(), name(text, s.applied().who()))), s.applied());
        if (stops(refusal, Stage.APPLIED, g, style, text)) {
            return g;
        }
        row(g, style, text, "form.stage.township", township(text, s.applied().date(), s.township(), days), step(s.township()));
        if (stops(refusal, Stage.TOWNSHIP_REVIEW, g, style, text)) {
            return g;
        }
        row(g, style, text, "form.stage.publicity", publicity(text, s.publicity(), days), null);
        if (stops(refusal, Stage.PUBLICITY, g, style, text)) {
            return g;
        }
        Approval county = s.county();
        row(g, style, text, "form.stage.county", county(text, county, data.grant()), county == null ? null : county.step());
        if (stops(refusal, Stage.COUNTY_APPROVAL, g, style, text)) {
            return g;
        }
        Payout payout = s.payout();
        row(g, style, text, "form.stage.payout", payout(text, payout, data.bank()), payout == null ? null : payout.step());
        return g;
    }

    private static List<String> township(PrintText text, LocalDate applied, Review r, WorkingDays days) {
        List<String> lines = new ArrayList<>();
        lines.add(text.format("form.township.deadline", days.after(applied, 10)));
        lines.add(text.format("form.township.visit", r == null ? text.get("form.blankDate") : date(text, r.visitedOn()),
                r == null ? text.get("form.blank") : name(text, r.visitors())));
        lines.add(text.format("form.opinion", opinion(text, r == null ? null : r.step())));
        return lines;
    }

    private static List<String> publicity(PrintText text, Publicity p, WorkingDays days) {
        if (p == null || p.from() == null) {
            return List.of(text.get("form.publicity.open"), text.format("form.publicity.result", text.get("form.blank")));
        }
        LocalDate start = days.onOrAfter(p.from());
        return List.of(text.format("form.publicity.period", start, days.periodEnd(start, 5)),
                text.format("form.publicity.result", p.result() == null ? text.get("form.blank") : p.result()));
    }

    /**
     * The county's row: its opinion, the amount the policy computes (ADR 0056), the amount approved in figures and
     * capitals, the approver's reason where the two differ, and the approval the case lost when it was sent back for
     * review (ADR 0064), old beside new.
     */
    private static List<String> county(PrintText text, Approval a, ApplicationFormData.Grant grant) {
        BigDecimal amount = a == null ? null : a.amount();
        List<String> lines = new ArrayList<>();
        lines.add(text.format("form.county.opinion", opinion(text, a == null ? null : a.step())));
        if (grant != null && grant.computed() != null) {
            lines.add(text.format(grant.atApproval() ? "form.county.computed" : "form.county.computedToday",
                    FormStyle.yuan(grant.computed()), grant.clause() == null ? "" : grant.clause()));
        }
        lines.add(amount == null ? text.format("form.county.amount", text.get("form.blank"), "")
                : text.format("form.county.amount", FormStyle.yuan(amount), ChineseCapitals.of(amount)));
        if (a != null && a.reason() != null) {
            lines.add(text.format("form.county.reason", a.reason()));
        }
        ApplicationFormData.Returned back = grant == null ? null : grant.returned();
        if (back != null) {
            lines.add(text.format("form.county.returned", date(text, back.on()), FormStyle.yuan(back.amount()),
                    back.computed() == null ? text.get("form.blank") : FormStyle.yuan(back.computed()),
                    back.reason() == null ? text.get("form.county.noReason") : back.reason()));
        }
        return lines;
    }

    private static List<String> payout(PrintText text, Payout p, BankAccount bank) {
        String when = p == null ? text.get("form.blankDate") : date(text, p.step().date());
        String amount = p == null || p.amount() == null ? text.get("form.blank") : FormStyle.yuan(p.amount());
        List<String> lines = new ArrayList<>();
        lines.add(text.format("form.payout.line", when, amount));
        if (bank != null) {
            lines.add(text.format("form.payout.account", name(text, bank.bank()), name(text, bank.holder()),
                    name(text, bank.number())));
        }
        return lines;
    }

    /** Adds the refusal row when the application was refused at {@code stage}; true: nothing follows. */
    private static boolean stops(Refusal refusal, Stage stage, Grid g, FormStyle style, PrintText text) {
        if (refusal == null || refusal.at() != stage) {
            return false;
        }
        List<String> lines = List.of(text.format("form.refused.at", StageNames.of(text, stage)),
                text.format("form.refused.reason", refusal.reason()));
        PdfPCell name = g.cell(text.get("form.stage.refused"), style.strong, Element.ALIGN_CENTER, 1);
        g.cell(name);
        g.cell(g.cell(String.join("\n", lines), style.strong, Element.ALIGN_LEFT, 1));
        g.cell(signature(style, text, refusal.step()));
        return true;
    }

    private static void row(Grid g, FormStyle style, PrintText text, String stageKey, List<String> lines, Step step) {
        g.label(text.get(stageKey));
        PdfPCell body = g.cell(String.join("\n", lines), style.value, Element.ALIGN_LEFT, 1);
        // a stage not yet done is filled in by hand: leave room to write
        body.setMinimumHeight((step == null ? 52 : 40) * style.scale());
        g.cell(body);
        g.cell(signature(style, text, step));
    }

    private static PdfPCell signature(FormStyle style, PrintText text, Step step) {
        String who = step == null || step.who() == null ? "" : step.who();
        String when = step == null || step.date() == null ? text.get("form.blankDate") : step.date().toString();
        PdfPCell c = new PdfPCell(new Phrase(who + "\n\n" + when, style.label));
        c.setVerticalAlignment(Element.ALIGN_BOTTOM);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setPadding(style.pad());
        return c;
    }

    private static Step step(Review r) {
        return r == null ? null : r.step();
    }

    private static String opinion(PrintText text, Step step) {
        return step == null || step.opinion() == null ? text.get("form.blank") : step.opinion();
    }

    private static String date(PrintText text, LocalDate d) {
        return d == null ? text.get("form.blankDate") : d.toString();
    }

    private static String name(PrintText text, String s) {
        return s == null || s.isBlank() ? text.get("form.blank") : s;
    }
}
