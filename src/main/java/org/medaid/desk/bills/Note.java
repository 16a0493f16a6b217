package org.medaid.desk.bills;

/** Something the clerk should know about a computed bill: computed as ordinary, a flag, a doubtful figure. */
public record Note(Kind kind, String text) {

    public enum Kind {
        /** The person held no category the policy names on that date: computed as an ordinary resident. */
        ORDINARY,
        /** The calculator flagged the bill (by application, review, alert list). */
        FLAG,
        /** A figure the documents leave open was used. */
        UNCONFIRMED,
        /** What the bill changes in the later bills of the year. */
        EFFECT
    }
}
