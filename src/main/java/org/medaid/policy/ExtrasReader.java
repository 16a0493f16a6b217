package org.medaid.policy;

import java.util.List;
import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.Category;

/** Reads the sections of POLICY-NOTES §7 that only some policies have (see {@link PolicyExtras}). */
final class ExtrasReader {

    private ExtrasReader() {
    }

    static PolicyExtras read(Node root) {
        CatalogueShare share = null;
        if (root.has("catalogueShare")) {
            Node c = root.child("catalogueShare");
            c.allow("categories", "kinds", "maxShare", "source", "unconfirmed", "note");
            Set<Category> cats = c.enums("categories", Category.class, "category");
            Set<BillKind> kinds = c.enums("kinds", BillKind.class, "bill kind");
            if (cats.isEmpty() || kinds.isEmpty()) {
                throw c.fail(cats.isEmpty() ? "categories" : "kinds", "is missing");
            }
            Param max = c.rate("maxShare", true);
            if (!max.isSet()) {
                throw c.fail("maxShare", "must be a rate (0.10 for 10%)");
            }
            share = new CatalogueShare(cats, kinds, max, c.text("source"));
        }
        SupplementaryRule supplementary = null;
        if (root.has("supplementaryInsurance")) {
            Node s = root.child("supplementaryInsurance");
            s.allow("name", "source");
            supplementary = new SupplementaryRule(s.text("name"), s.text("source"));
        }
        String referral = null;
        if (root.has("referral")) {
            Node r = root.child("referral");
            r.allow("deductibleContinues", "source");
            if (!r.bool("deductibleContinues")) {
                throw r.fail("deductibleContinues", "write true, or leave the section out");
            }
            referral = r.text("source");
        }
        if (!root.has("coverage")) {
            throw root.fail("coverage", "is missing: give coverage.required, the clause that makes basic insurance a condition"
                    + " of assistance (or unconfirmed: true with a note where the document has none)");
        }
        Node v = root.child("coverage");
        v.allow("target", "required", "source", "unconfirmed", "note");
        Param coverage = v.rate("target", false);
        if (coverage != null && !coverage.isSet()) {
            throw v.fail("target", "must be a rate (1.00 for 100%); leave target out where the document gives none");
        }
        InsuranceRequirement required = required(v);
        String listsOnly = null;
        if (root.has("monthlyLists")) {
            Node m = root.child("monthlyLists");
            m.allow("categoriesOnlyByList", "source");
            if (!m.bool("categoriesOnlyByList")) {
                throw m.fail("categoriesOnlyByList", "write true, or leave the section out");
            }
            listsOnly = m.text("source");
        }
        List<IntakeType> intake = root.has("intake") ? root.map("intake", n -> {
            n.allow("id", "documents", "source");
            List<String> documents = n.texts("documents");
            if (documents.isEmpty()) {
                throw n.fail("documents", "is empty: leave the application type out where the document lists none");
            }
            return new IntakeType(n.text("id"), n.text("label"), documents, n.text("source"));
        }) : List.of();
        SpecialOutpatientRule special = null;
        if (root.has("specialOutpatient")) {
            Node o = root.child("specialOutpatient");
            o.allow("certified", "diseases", "source", "note");
            if (!o.bool("certified")) {
                throw o.fail("certified", "write true, or leave the section out");
            }
            special = new SpecialOutpatientRule(o.has("diseases") ? o.texts("diseases") : List.of(), o.text("source"));
        }
        return new PolicyExtras(share, supplementary, referral, coverage, listsOnly, intake, special, required);
    }

    /**
     * {@code coverage.required}: the clause that makes basic insurance a condition of assistance (ADR 0092). It names
     * its own clause and doubt: the section's source and doubt belong to the target and are not inherited.
     */
    private static InsuranceRequirement required(Node coverage) {
        if (!coverage.has("required")) {
            throw coverage.fail("required", "is missing: cite the clause that makes basic insurance a condition of"
                    + " assistance, or write unconfirmed: true with a note where the document has none");
        }
        Node r = coverage.child("required");
        r.allow("source", "unconfirmed", "note");
        if (!r.json.hasNonNull("source") || r.json.get("source").asText().isBlank()) {
            throw r.fail("source", "is missing: the clause of the document (the section's source is the target's)");
        }
        boolean unconfirmed = r.json.has("unconfirmed") && r.bool("unconfirmed");
        String note = r.json.hasNonNull("note") ? r.json.get("note").asText() : null;
        if (unconfirmed && (note == null || note.isBlank())) {
            throw r.fail("note", "is missing: say what the document has instead of the condition");
        }
        return new InsuranceRequirement(r.json.get("source").asText(), unconfirmed, note);
    }
}
