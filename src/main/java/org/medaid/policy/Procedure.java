package org.medaid.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application procedure of a policy (医疗救助申请审批, POLICY-NOTES §8): who acts at each step, within how
 * many working days and counted from what; the quarterly village notice after approval and payment; and the
 * county's optional notice before approval ({@code preApprovalNotice} 0: none, the default). Only
 * 邵医保发〔2021〕32号 三(八) prescribes the figures; the other policies carry the same ones as county-settable
 * figures marked unconfirmed.
 */
public record Procedure(String label, String source, Step townshipReview, Step countyReview, Step payment, Step quarterlyNotice,
        Param preApprovalNotice) {

    /** One step: its name, who acts, from which date the days count, and the working days it may take. */
    public record Step(String label, String actor, String counts, Param days) {

        public int workingDays() {
            return days.value().intValueExact();
        }
    }

    /** A notice before county approval is posted: the county set a number of working days above 0. */
    public boolean preApprovalNoticeOn() {
        return preApprovalNotice.isSet() && preApprovalNotice.value().signum() > 0;
    }

    /** The working days of the notice before approval; 0 when the county has none. */
    public int preApprovalNoticeDays() {
        return preApprovalNoticeOn() ? preApprovalNotice.value().intValueExact() : 0;
    }

    /** The steps after the application, in their order. */
    public List<Step> steps() {
        return List.of(townshipReview, countyReview, payment);
    }

    /** Every figure of the procedure not given by the document. */
    public List<Param> unconfirmed() {
        return Stream.concat(Stream.of(townshipReview, countyReview, payment, quarterlyNotice).map(Step::days),
                Stream.of(preApprovalNotice)).filter(Param::unconfirmed).toList();
    }

    static boolean wholeDays(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(250)) <= 0;
    }
}
