package org.medaid.store;

/**
 * What hangs on a person's record (ADR 0032): bills (voided ones included), applications, issued settlements.
 * The 更正 confirmation names them, because every one of them will show the corrected identity.
 */
public record Dependents(int bills, int applications, int openApplications, int settlements) {

    public boolean none() {
        return bills == 0 && applications == 0 && settlements == 0;
    }
}
