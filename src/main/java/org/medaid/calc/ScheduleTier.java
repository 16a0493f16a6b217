package org.medaid.calc;

import java.math.BigDecimal;
import java.util.List;
import org.medaid.model.Money;
import org.medaid.policy.Group;
import org.medaid.policy.Schedule;
import org.medaid.policy.Track;

/**
 * A tier paid by a schedule on an annual base (critical illness, assistance, scheduled re-assistance),
 * by the cumulative method of POLICY-NOTES §2:
 * payment(k) = min(round2(F_k(B(k))) − round2(F_k(B(k−1))), cap_k − paid before k), never below 0.
 */
final class ScheduleTier {

    private ScheduleTier() {
    }

    /** Settles {@code tier} on this bill with {@code base} the part of the bill the tier pays on. */
    static void settle(BillContext c, Tier tier, List<Track> tracks, BigDecimal base, BigDecimal settledByHospital) {
        Track track = null;
        for (Track t : tracks) {
            if (t.kinds().contains(c.bill.kind())) {
                track = t;
                break;
            }
        }
        String name = Explain.tier(tier);
        if (settledByHospital != null) {
            // What the hospital settled stands as it is; it still fills the year's base and cap.
            c.pay.put(tier, settledByHospital);
            c.line(tier, Explain.text("settled", name, settledByHospital), "医院结算单");
            if (track != null) {
                TrackState st = c.ledger.track(tier, track.id());
                st.base = st.base.add(base);
                st.paid = st.paid.add(settledByHospital);
                status(c, tier, track, match(track, c), st);
            }
            return;
        }
        if (track == null) {
            return;
        }
        if (!track.covers(c.bill.kind(), c.bill.specialDisease())) {
            c.line(tier, Explain.text("schedule.disease", name), null);
            return;
        }
        TrackState st = c.ledger.track(tier, track.id());
        Group group = match(track, c);
        if (group == null) {
            // An assistance tier counts only bills settled while the person qualified (POLICY-NOTES §2).
            c.line(tier, Explain.text("schedule.none", name), null);
            return;
        }
        Schedule s = group.schedule();
        BigDecimal before = st.base;
        BigDecimal after = before.add(base);
        List<ScheduleMath.Piece> pieces = ScheduleMath.pieces(s, c.bill.location(), before, after);
        // F(after) = F(before) + what this bill's pieces add: exact, so F is evaluated once.
        BigDecimal fBefore = ScheduleMath.f(s, c.bill.location(), before);
        BigDecimal fAfter = fBefore;
        for (ScheduleMath.Piece p : pieces) {
            fAfter = fAfter.add(p.amount());
        }
        BigDecimal due = Money.round2(fAfter).subtract(Money.round2(fBefore));
        // The deductible shapes F even where this bill pays nothing, so it is always marked as used.
        c.use(s.deductible());
        ScheduleMath.used(s, pieces, c::use);
        if (pieces.isEmpty()) {
            c.line(tier, Explain.text("schedule.belowDeductible", name, after, s.deductible().value()), group.source());
        } else {
            if (before.signum() > 0) {
                c.line(tier, Explain.text("schedule.base", name, before, after, s.deductible().value()), group.source());
            }
            StringBuilder formula = new StringBuilder();
            for (ScheduleMath.Piece p : pieces) {
                if (formula.length() > 0) {
                    formula.append(" + ");
                }
                formula.append(p.lo().signum() == 0
                        ? Explain.text("schedule.pieceFromZero", p.hi(), Explain.pct(p.rate().value()))
                        : Explain.text("schedule.piece", p.hi(), p.lo(), Explain.pct(p.rate().value())));
            }
            c.line(tier, Explain.text("schedule.formula", name, formula, due), group.source());
        }
        BigDecimal pay = Money.max0(Money.min(due, base));
        if (s.capValue() != null) {
            BigDecimal room = Money.max0(s.capValue().subtract(st.paid));
            if (room.compareTo(pay) < 0) {
                c.use(s.cap());
                c.line(tier, Explain.text("schedule.cap", name, s.capValue(), st.paid, room), s.cap().source());
                pay = room;
            }
        }
        st.base = after;
        st.paid = st.paid.add(pay);
        c.pay.put(tier, pay);
        if (group.requiresApplication() && pay.signum() > 0) {
            c.flag("APPLICATION_REQUIRED", Explain.text("flag.APPLICATION_REQUIRED"), group.source());
        }
        status(c, tier, track, group, st);
    }

    /** The first group in priority order that the person (or the approved application) qualifies for. */
    static Group match(Track track, BillContext c) {
        for (Group g : track.groups()) {
            if (g.insurance() != null && g.insurance() != c.person.insurance() || !c.held.containsAll(g.requires())) {
                continue;
            }
            boolean byCategory = g.categories().isEmpty() ? !g.onApplication() : c.holdsAny(g.categories());
            boolean byApplication = g.onApplication() && c.bill.applicationApproved();
            if (byCategory || byApplication) {
                return g;
            }
        }
        return null;
    }

    private static void status(BillContext c, Tier tier, Track track, Group group, TrackState st) {
        BigDecimal ded = group == null ? Money.ZERO : Money.round2(group.schedule().deductible().value());
        BigDecimal cap = group == null || group.schedule().capValue() == null ? null : Money.round2(group.schedule().capValue());
        c.ledger.statuses.put(tier.name() + "/" + track.id(),
                new TrackStatus(tier.name(), track.id(), group == null ? null : group.id(), st.base, st.paid, ded, cap));
    }
}
