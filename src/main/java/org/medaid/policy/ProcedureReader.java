package org.medaid.policy;

/** Reads the {@code procedure} section of a policy file into a {@link Procedure} (POLICY-NOTES §8, ADR 0038). */
final class ProcedureReader {

    private ProcedureReader() {
    }

    /** Null when the file has no procedure section. */
    static Procedure read(Node root) {
        if (!root.has("procedure")) {
            return null;
        }
        Node p = root.child("procedure");
        p.allow("townshipReview", "countyReview", "payment", "quarterlyNotice", "preApprovalNotice", "source", "unconfirmed",
                "note");
        Procedure.Step town = step(p, "townshipReview", true);
        Procedure.Step county = step(p, "countyReview", true);
        Procedure.Step pay = step(p, "payment", true);
        Procedure.Step notice = step(p, "quarterlyNotice", false);
        Node pre = p.child("preApprovalNotice");
        pre.allow("days", "source", "unconfirmed", "note");
        Param preDays = days(pre, 0);
        return new Procedure(p.text("label"), p.text("source"), town, county, pay, notice, preDays);
    }

    private static Procedure.Step step(Node p, String field, boolean counted) {
        Node s = p.child(field);
        s.allow("actor", "counts", "days", "source", "unconfirmed", "note");
        String counts = counted ? s.text("counts") : s.textOr("counts", null);
        return new Procedure.Step(s.text("label"), s.text("actor"), counts, days(s, 1));
    }

    private static Param days(Node s, int least) {
        Param d = s.param("days", true);
        if (!d.isSet() || !Procedure.wholeDays(d.value()) || d.value().intValue() < least) {
            throw s.fail("days", "must be a whole number of working days" + (least > 0 ? " of at least " + least : ""));
        }
        return d;
    }
}
