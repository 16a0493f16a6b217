package org.medaid.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.medaid.model.Money;
import org.medaid.policy.Group;
import org.medaid.policy.Param;
import org.medaid.policy.Schedule;

/**
 * What a schedule would pay on one bill, worked out without touching the year ledger: the payment, the
 * base after the bill, and the explanation lines with the figures each used. {@link #emit} writes them.
 */
final class ScheduleOutcome {

    private record Step(Phrase text, String source) {
    }

    BigDecimal pay;
    BigDecimal after;
    /** In order: the figures used ({@link Param}) and the lines written ({@link Step}) after them. */
    private final List<Object> steps = new ArrayList<>(8);

    private void use(Param p) {
        steps.add(p);
    }

    private void line(Phrase text, String source) {
        steps.add(new Step(text, source));
    }

    static ScheduleOutcome of(BillContext c, Tier tier, Group group, TrackState st, BigDecimal base) {
        ScheduleOutcome o = new ScheduleOutcome();
        String name = Explain.tier(tier);
        Schedule s = group.schedule();
        BigDecimal before = st.base;
        o.after = before.add(base);
        List<ScheduleMath.Piece> pieces = ScheduleMath.pieces(s, c.bill.location(), before, o.after);
        // F(after) = F(before) + what this bill's pieces add: exact, so F is evaluated once.
        BigDecimal fBefore = ScheduleMath.f(s, c.bill.location(), before);
        BigDecimal fAfter = fBefore;
        for (ScheduleMath.Piece p : pieces) {
            fAfter = fAfter.add(p.amount());
        }
        BigDecimal due = Money.round2(fAfter).subtract(Money.round2(fBefore));
        // The deductible shapes F even where this bill pays nothing, so it is always marked as used.
        o.use(s.deductible());
        ScheduleMath.used(s, pieces, o::use);
        if (pieces.isEmpty()) {
            o.line(Explain.phrase("schedule.belowDeductible", name, o.after, s.deductible().value()), group.source());
        } else {
            if (before.signum() > 0) {
                o.line(Explain.phrase("schedule.base", name, before, o.after, s.deductible().value()), group.source());
            }
            List<Phrase> formula = new ArrayList<>(pieces.size());
            for (ScheduleMath.Piece p : pieces) {
                formula.add(p.lo().signum() == 0
                        ? Explain.phrase("schedule.pieceFromZero", p.hi(), Explain.rate(p.rate().value()))
                        : Explain.phrase("schedule.piece", p.hi(), p.lo(), Explain.rate(p.rate().value())));
            }
            o.line(Explain.phrase("schedule.formula", name, new Phrase.Join(formula, " + "), due), group.source());
        }
        o.pay = Money.max0(Money.min(due, base));
        if (s.capValue() != null) {
            BigDecimal room = Money.max0(s.capValue().subtract(st.paid));
            if (room.compareTo(o.pay) < 0) {
                o.use(s.cap());
                o.line(Explain.phrase("schedule.cap", name, s.capValue(), st.paid, room), s.cap().source());
                o.pay = room;
            }
        }
        return o;
    }

    void emit(BillContext c, Tier tier) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Step s) {
                c.line(tier, s.text(), s.source());
            } else {
                c.use((Param) steps.get(i));
            }
        }
    }
}
