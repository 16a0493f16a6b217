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
        Param coverage = null;
        if (root.has("coverage")) {
            Node v = root.child("coverage");
            v.allow("target", "source", "unconfirmed", "note");
            coverage = v.rate("target", true);
            if (!coverage.isSet()) {
                throw v.fail("target", "must be a rate (1.00 for 100%); leave the section out where the document gives none");
            }
        }
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
        return new PolicyExtras(share, supplementary, referral, coverage, listsOnly, intake, special);
    }
}
