package org.medaid.settlement;

/**
 * Where a bill stands as the ledger marks it (ADR 0031): not issued (no mark), issued under a number, an
 * adjustment waiting for the clerk, or adjusted under the number of the last confirmed adjustment. Read
 * from the store, so the marks are the same after the desk is reopened.
 */
public record SettlementMark(State state, String number, String adjustmentNumber) {

    public enum State {
        ISSUED,
        ADJUSTMENT_PENDING,
        ADJUSTED
    }
}
