package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One recovery (应退回) with what came back (已追回): its returns, voided ones included, and its closure when the
 * county closed it with a reason. The review is closed when the returns not voided reach the amount due, or by
 * that closure (ADR 0077).
 */
public record RecoveryAccount(Recovery recovery, String name, String village, String caseNumber, List<RecoveryReturn> returns,
        RecoveryClosure closure) {

    public RecoveryAccount {
        returns = List.copyOf(returns);
    }

    /** The sum of the returns not voided. */
    public BigDecimal returned() {
        return returns.stream().filter(r -> !r.voided()).map(RecoveryReturn::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What is still owed: the amount due less the returns not voided. */
    public BigDecimal outstanding() {
        return recovery.amountDue().subtract(returned());
    }

    public boolean fullyReturned() {
        return outstanding().signum() == 0;
    }

    public boolean closed() {
        return fullyReturned() || closure != null;
    }

    /** The day the review closed: the closure's, else the last return's once the whole amount is back; null while open. */
    public LocalDate closedOn() {
        if (closure != null) {
            return closure.closedOn();
        }
        return fullyReturned() ? returns.stream().filter(r -> !r.voided()).map(RecoveryReturn::returnedOn)
                .max(Comparator.naturalOrder()).orElse(null) : null;
    }
}
