package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Household;
import org.medaid.model.Money;
import org.medaid.policy.FlagRule;

/** The cases a clerk must look at, decided after a bill is settled and the year ledger updated. */
final class FlagRules {

    private FlagRules() {
    }

    static void apply(BillContext c) {
        if (!c.holdsAny(c.policy.namedCategories())) {
            c.flag("ORDINARY", Explain.text("flag.ORDINARY"), c.policy.document());
        }
        YearLedger y = c.ledger;
        FlagRule selfPayRule = null;
        for (FlagRule r : c.policy.flags()) {
            switch (r.kind()) {
                case HOLDS_CATEGORY -> {
                    if (c.holdsAny(r.categories())) {
                        // A code a county adds in its own policy file has no text of ours: say which rule it is.
                        String text = Explain.has("flag." + r.code()) ? Explain.text("flag." + r.code())
                                : Explain.text("flag.holdsCategory", r.code());
                        c.flag(r.code(), text, r.source());
                    }
                }
                case BURDEN_OVER_INCOME -> {
                    BigDecimal limit = Money.round2(r.amount().value().multiply(r.share().value()));
                    if (y.burden.compareTo(limit) > 0) {
                        c.use(r.amount());
                        c.flag(r.code(), Explain.text("flag.TILT_REVIEW", y.burden, r.amount().value(),
                                Explain.pct(r.share().value())), r.source());
                    }
                }
                case FAMILY_INCOME -> familyIncome(c, r);
                case ANNUAL_SELF_PAY -> {
                    boolean applies = r.categories().isEmpty() ? selfPayRule == null : c.holdsAny(r.categories());
                    if (applies && selfPayRule == null) {
                        selfPayRule = r;
                    }
                }
            }
        }
        if (selfPayRule != null && y.selfPay.compareTo(selfPayRule.amount().value()) >= 0) {
            c.flag(selfPayRule.code(), Explain.text("flag.ALERT_LIST", y.selfPay, selfPayRule.amount().value()), selfPayRule.source());
        }
    }

    /** 潮医保〔2021〕48号 二.8: family burden ≥ 60% of the family's annual disposable income. */
    private static void familyIncome(BillContext c, FlagRule r) {
        Household h = c.person.household();
        if (h == null || h.annualIncome() == null) {
            return;
        }
        BigDecimal family = c.ledger.burden.add(h.othersBurden() == null ? Money.ZERO : h.othersBurden());
        BigDecimal limit = Money.round2(h.annualIncome().multiply(r.share().value()));
        if (family.compareTo(limit) >= 0) {
            c.flag(r.code(), Explain.text("flag.FAMILY_INCOME", family, h.annualIncome(), Explain.pct(r.share().value())), r.source());
        }
    }
}
