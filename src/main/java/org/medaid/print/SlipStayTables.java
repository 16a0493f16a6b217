package org.medaid.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CategorySpan;

/** Sections 一 and 二 of the slip: the person and the hospital stay. */
final class SlipStayTables {

    private static final float[] SIX = {1.05f, 1.55f, 1.05f, 2.1f, 1.05f, 1.6f};

    private SlipStayTables() {
    }

    static Grid person(FormStyle style, PrintText text, SlipData data) {
        SlipPerson p = data.person();
        Grid g = new Grid(style, SIX);
        g.heading(text.get("slip.section.person"));
        g.label(text.get("slip.name")).text(or(text, p.name()));
        g.label(text.get("slip.idNumber")).text(or(text, data.idDisplay().show(p.idNumber())));
        g.label(text.get("slip.insurance")).text(p.insurance() == null ? or(text, null) : text.label(p.insurance()));
        g.label(text.get("slip.categories")).text(categories(text, heldOnSettlement(p.categories(), data)), 3);
        g.label(text.get("slip.address")).text(or(text, p.address()));
        return g;
    }

    static Grid stay(FormStyle style, PrintText text, SlipData data) {
        SlipStay s = data.stay();
        Bill b = s.bill();
        Grid g = new Grid(style, SIX);
        g.heading(text.get("slip.section.stay"));
        g.label(text.get("slip.hospital")).text(or(text, s.hospital()), 3);
        g.label(text.get("slip.level")).text(text.label(b.hospitalLevel()));
        g.label(text.get("slip.kind")).text(text.label(b.kind()));
        if (b.kind() == BillKind.INPATIENT) {
            g.label(text.get("slip.admitted")).text(date(text, b.admitted()));
            g.label(text.get("slip.discharged")).text(date(text, b.discharged()));
        } else {
            g.label(text.get("slip.visitDate")).text(date(text, b.settlementDate()), 3);
        }
        g.label(text.get("slip.location")).text(text.label(b.location()));
        g.label(text.get("slip.referred")).text(text.get(b.referred() ? "common.yes" : "common.no"));
        g.label(text.get("slip.specialDisease")).text(b.specialDisease() == null ? text.get("common.none") : b.specialDisease());
        g.label(text.get("slip.diagnosis")).text(or(text, s.diagnosis()), 5);
        return g;
    }

    /**
     * The categories the calculator applied on the settlement date (POLICY-NOTES §3: under Linyi's
     * next-month rule a category granted this month is not yet one of them).
     */
    static List<CategorySpan> heldOnSettlement(List<CategorySpan> spans, SlipData data) {
        if (data.result() == null) {
            return spans;
        }
        return spans.stream().filter(s -> data.result().held().contains(s.code())
                && !s.from().isAfter(data.stay().bill().settlementDate())
                && (s.to() == null || !s.to().isBefore(data.stay().bill().settlementDate().withDayOfMonth(1)))).toList();
    }

    /** 低保对象（2022-05-10起）; none on record: 普通参保居民 (POLICY-NOTES §3). */
    static String categories(PrintText text, List<CategorySpan> spans) {
        if (spans.isEmpty()) {
            return text.get("slip.ordinary");
        }
        List<String> parts = new ArrayList<>();
        for (CategorySpan c : spans) {
            String name = text.label(c.code());
            parts.add(c.to() == null ? text.format("slip.categorySince", name, c.from())
                    : text.format("slip.categoryBetween", name, c.from(), c.to()));
        }
        return String.join(text.get("common.partSep"), parts);
    }

    private static String date(PrintText text, LocalDate d) {
        return d == null ? text.get("common.dash") : d.toString();
    }

    private static String or(PrintText text, String s) {
        return SlipHeader.orNotGiven(text, s);
    }
}
