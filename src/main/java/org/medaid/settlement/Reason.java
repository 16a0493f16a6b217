package org.medaid.settlement;

import java.util.List;

/**
 * Why an issued bill's figures changed: a code the screens and the adjustment slip put into words, and its
 * details (dates, hospital names, figure names).
 */
public record Reason(Code code, List<String> args) {

    public enum Code {
        /** A bill settled on or before this one was entered after the slip was issued. */
        EARLIER_BILL,
        /** Another bill of the year was corrected. */
        BILL_CORRECTED,
        /** Another bill of the year was voided. */
        BILL_VOIDED,
        /** This bill itself was corrected. */
        THIS_BILL_CORRECTED,
        /** This bill itself was voided: everything paid on it is to be returned. */
        THIS_BILL_VOIDED,
        /** An identity category was granted, ended or voided. */
        CATEGORY_CHANGED,
        /** A policy figure changed (a county figure confirmed). */
        POLICY_FIGURES,
        /** None of the above could be named. */
        RECOMPUTED
    }

    public Reason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Reason of(Code code, String... args) {
        return new Reason(code, List.of(args));
    }
}
