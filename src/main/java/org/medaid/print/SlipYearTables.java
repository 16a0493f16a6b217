package org.medaid.print;

import java.util.List;
import org.medaid.calc.BillResult;
import org.medaid.calc.Tier;
import org.medaid.calc.TrackStatus;

/**
 * Section 五 of the slip: what each tier has paid this year up to this bill, the person's own share, and
 * for each annual track what is left of its deductible and cap (POLICY-NOTES §2).
 */
final class SlipYearTables {

    private SlipYearTables() {
    }

    static Grid year(FormStyle style, PrintText text, SlipData data) {
        BillResult r = data.result();
        List<Tier> tiers = SlipMoneyTables.shownTiers(r);
        float[] widths = new float[tiers.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        Grid g = new Grid(style, widths);
        g.heading(text.format("slip.section.year", String.valueOf(r.year())));
        tiers.forEach(t -> g.column(text.label(t)));
        g.column(text.get("slip.yearSelfPay"));
        tiers.forEach(t -> g.amount(r.yearToDate().get(t)));
        g.amount(r.yearSelfPay());
        return g;
    }

    /** One row per annual track; null when the bill's tiers have none (nothing to show). */
    static Grid tracks(FormStyle style, PrintText text, SlipData data) {
        List<TrackStatus> tracks = data.result().tracks();
        if (tracks.isEmpty()) {
            return null;
        }
        Grid g = new Grid(style, 1.5f, 2.1f, 1.1f, 1.1f, 1.1f, 1.1f);
        for (String key : List.of("slip.track", "slip.group", "slip.base", "slip.paid", "slip.deductibleLeft", "slip.capLeft")) {
            g.column(text.get(key));
        }
        for (TrackStatus s : tracks) {
            g.text(trackName(text, s)).text(named(text, "group.", s.group()));
            g.amount(s.base()).amount(s.paid()).amount(s.deductibleLeft());
            if (s.capLeft() == null) {
                g.centred(text.get("slip.noCap"));
            } else {
                g.amount(s.capLeft());
            }
        }
        return g;
    }

    /** 医疗救助 for the main track, 医疗救助（特殊病种门诊） for another. */
    static String trackName(PrintText text, TrackStatus s) {
        String tier;
        try {
            tier = text.label(Tier.valueOf(s.tier()));
        } catch (IllegalArgumentException e) {
            tier = s.tier();
        }
        String track = named(text, "track.", s.track());
        return track.isEmpty() ? tier : text.format("slip.trackName", tier, track);
    }

    private static String named(PrintText text, String prefix, String id) {
        if (id == null) {
            return "";
        }
        String name = text.find(prefix + id);
        return name == null ? id : name;
    }
}
