package org.medaid.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.medaid.model.Location;
import org.medaid.model.Money;
import org.medaid.policy.Param;
import org.medaid.policy.Schedule;
import org.medaid.policy.Segment;

/**
 * The schedule F of POLICY-NOTES §2 on an annual base B: the rate of each segment on the part of B above
 * the deductible that falls into it. F is exact; callers round F(B), never the pieces.
 */
final class ScheduleMath {

    private ScheduleMath() {
    }

    /** A piece of the base between {@code lo} and {@code hi} paid at {@code rate}. */
    record Piece(BigDecimal lo, BigDecimal hi, Param rate) {
        BigDecimal amount() {
            return hi.subtract(lo).multiply(rate.value());
        }
    }

    static BigDecimal f(Schedule s, Location location, BigDecimal base) {
        // pieces(s, location, 0, base) summed, without building them.
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lower = s.deductible().value();
        List<Segment> segs = s.segments();
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            BigDecimal upper = seg.upTo() == null ? null : seg.upTo().value();
            BigDecimal lo = Money.max(BigDecimal.ZERO, lower);
            BigDecimal hi = upper == null ? base : Money.min(base, upper);
            if (hi.compareTo(lo) > 0) {
                sum = sum.add(hi.subtract(lo).multiply(rateAt(s, seg, location, segs.size()).value()));
            }
            if (upper == null) {
                break;
            }
            lower = upper;
        }
        return sum;
    }

    /** The pieces of the base between {@code from} and {@code to}: what one bill adds. */
    static List<Piece> pieces(Schedule s, Location location, BigDecimal from, BigDecimal to) {
        List<Piece> out = new ArrayList<>(4);
        BigDecimal lower = s.deductible().value();
        List<Segment> segs = s.segments();
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            BigDecimal upper = seg.upTo() == null ? null : seg.upTo().value();
            BigDecimal lo = Money.max(from, lower);
            BigDecimal hi = upper == null ? to : Money.min(to, upper);
            if (hi.compareTo(lo) > 0) {
                out.add(new Piece(lo, hi, rateAt(s, seg, location, segs.size())));
            }
            if (upper == null) {
                break;
            }
            lower = upper;
        }
        return out;
    }

    private static Param rateAt(Schedule s, Segment seg, Location location, int segmentCount) {
        Param override = segmentCount == 1 ? s.locationRates().get(location) : null;
        return override != null ? override : seg.rate();
    }

    /** Marks every doubtful figure the pieces used. */
    static void used(Schedule s, List<Piece> pieces, Consumer<Param> use) {
        if (!pieces.isEmpty()) {
            use.accept(s.deductible());
        }
        pieces.forEach(p -> use.accept(p.rate()));
    }
}
