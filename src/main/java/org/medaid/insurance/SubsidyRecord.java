package org.medaid.insurance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's premium subsidy for an insurance year and where it stands in the loop: the amounts by fund as the
 * subsidy list computed them, the dates sent, paid or refunded, and {@code sendDue} the last day to send it to
 * the tax department (5 working days from the day the desk listed it, 广西通知 二(二)).
 */
public record SubsidyRecord(long id, long version, long personId, String name, String idNumber, String village, int year,
        String policyId, BigDecimal contribution, BigDecimal subsidy, BigDecimal assistanceFund, BigDecimal countyBudget,
        SubsidyStatus status, LocalDate preparedOn, LocalDate sendDue, LocalDate sentOn, LocalDate paidOn,
        LocalDate refundedOn, String refundReason, int repaidTimes, String changedBy, Instant changedAt) {

    /** Sent after its due day, or still not sent on {@code today} after it. */
    public boolean late(LocalDate today) {
        if (sendDue == null) {
            return false;
        }
        LocalDate sent = status == SubsidyStatus.PENDING ? null : sentOn;
        return sent == null ? today.isAfter(sendDue) && status == SubsidyStatus.PENDING : sent.isAfter(sendDue);
    }

    SubsidyRecord withDue(LocalDate due) {
        return new SubsidyRecord(id, version, personId, name, idNumber, village, year, policyId, contribution, subsidy,
                assistanceFund, countyBudget, status, preparedOn, due, sentOn, paidOn, refundedOn, refundReason, repaidTimes,
                changedBy, changedAt);
    }
}
