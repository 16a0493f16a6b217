package org.medaid.calc;

import java.math.BigDecimal;
import java.util.List;
import org.medaid.model.Money;
import org.medaid.policy.Group;
import org.medaid.policy.Track;

/**
 * A tier paid by a schedule on an annual base (critical illness, assistance, scheduled re-assistance),
 * by the cumulative method of POLICY-NOTES §2:
 * payment(k) = min(round2(F_k(B(k))) − round2(F_k(B(k−1))), cap_k − paid before k), never below 0.
 * What the hospital settled stands as given and fills the year's base and cap; the policy's own figure is
 * reported beside it (POLICY-NOTES §8, 一站式结算). A group paid only on application pays nothing until
 * the bill is approved and says what it would pay (POLICY-NOTES §7.3).
 */
final class ScheduleTier {

    private ScheduleTier() {
    }

    /** Settles {@code tier} on this bill with {@code base} the part of the bill the tier pays on. */
    static void settle(BillContext c, Tier tier, List<Track> tracks, BigDecimal base, BigDecimal settledByHospital) {
        Track track = null;
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (t.kinds().contains(c.bill.kind())) {
                track = t;
                break;
            }
        }
        String name = Explain.tier(tier);
        if (settledByHospital != null) {
            settled(c, tier, track, base, settledByHospital);
            return;
        }
        if (track == null) {
            return;
        }
        if (!track.covers(c.bill.kind(), c.bill.specialDisease())) {
            c.line(tier, Explain.phrase("schedule.disease", name), null);
            return;
        }
        TrackState st = c.ledger.track(tier, track.id());
        Group group = match(track, c);
        if (group == null) {
            // An assistance tier counts only bills settled while the person qualified (POLICY-NOTES §2).
            c.line(tier, Explain.phrase("schedule.none", name), null);
            return;
        }
        ScheduleOutcome o = ScheduleOutcome.of(c, tier, group, st, base);
        if (group.onApplication() && group.requiresApplication() && !c.bill.applicationApproved()) {
            // 邵医保发〔2021〕32号 三(八): 依申请、经审核后. Nothing is paid and the year's base is not filled.
            if (o.pay.signum() > 0) {
                c.line(tier, Explain.phrase("application.wouldPay", name, o.pay), group.source());
                c.flag("APPLICATION_REQUIRED", Explain.text("flag.APPLICATION_REQUIRED.wouldPay", o.pay), group.source());
                c.wouldPay = o.pay;
            }
            status(c, tier, track, group, st);
            return;
        }
        o.emit(c, tier);
        st.base = o.after;
        st.paid = st.paid.add(o.pay);
        c.pay.put(tier, o.pay);
        if (group.requiresApplication() && o.pay.signum() > 0) {
            c.flag("APPLICATION_REQUIRED", Explain.text("flag.APPLICATION_REQUIRED"), group.source());
        }
        status(c, tier, track, group, st);
    }

    /**
     * The hospital's figure stands. For assistance and re-assistance the policy's own figure is worked out on the
     * same ledger and reported beside it (POLICY-NOTES §8); insurance tiers are the insurer's, not checked here.
     */
    private static void settled(BillContext c, Tier tier, Track track, BigDecimal base, BigDecimal amount) {
        String name = Explain.tier(tier);
        boolean relief = tier == Tier.assistance || tier == Tier.reAssistance;
        c.pay.put(tier, amount);
        c.line(tier, Explain.phrase("settled", name, amount), "医院结算单");
        if (track == null) {
            if (relief) {
                c.computedBeside(tier, Money.ZERO, amount);
            }
            return;
        }
        TrackState st = c.ledger.track(tier, track.id());
        Group group = match(track, c);
        BigDecimal computed = Money.ZERO;
        if (relief && group != null && track.covers(c.bill.kind(), c.bill.specialDisease())
                && !(group.onApplication() && group.requiresApplication() && !c.bill.applicationApproved())) {
            computed = ScheduleOutcome.of(c, tier, group, st, base).pay;
        }
        if (relief) {
            c.computedBeside(tier, computed, amount);
        }
        st.base = st.base.add(base);
        st.paid = st.paid.add(amount);
        status(c, tier, track, group, st);
    }

    /** The first group in priority order that the person (or the approved application) qualifies for. */
    static Group match(Track track, BillContext c) {
        List<Group> groups = track.groups();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.insurance() != null && g.insurance() != c.person.insurance()
                    || !g.requires().isEmpty() && !c.held.containsAll(g.requires())) {
                continue;
            }
            boolean byCategory = g.categories().isEmpty() ? !g.onApplication() : c.holdsAny(g.categories());
            // An application group also takes anyone on an approved bill, and (to say what it would pay) anyone
            // else who has nothing better: the bill then pays only once approved.
            boolean byApplication = g.onApplication() && (c.bill.applicationApproved() || g.requiresApplication());
            if (byCategory || byApplication) {
                return g;
            }
        }
        return null;
    }

    static void status(BillContext c, Tier tier, Track track, Group group, TrackState st) {
        BigDecimal ded = group == null ? Money.ZERO : Money.round2(group.schedule().deductible().value());
        BigDecimal cap = group == null || group.schedule().capValue() == null ? null : Money.round2(group.schedule().capValue());
        c.ledger.statuses.put(new YearLedger.TrackKey(tier, track.id()),
                new TrackStatus(tier.name(), track.id(), group == null ? null : group.id(), st.base, st.paid, ded, cap));
    }
}
