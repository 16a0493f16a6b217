package org.medaid.desk.settlement;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.model.Labels;
import org.medaid.settlement.Adjustment;
import org.medaid.settlement.Reason;
import org.medaid.settlement.TierChange;

/** An adjustment in words: why (from {@code settlement/messages}) and each tier's change, 补付 or 应退回. */
final class ReasonText {

    private final Texts text;
    private final ResourceBundle reasons;

    ReasonText(Texts text) {
        this.text = text;
        this.reasons = ResourceBundle.getBundle("org.medaid.settlement.messages", text.locale(), Labels.NO_FALLBACK);
    }

    static List<String> reasons(Adjustment a, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.settlement.messages", locale, Labels.NO_FALLBACK);
        return a.reasons().stream().map(r -> reason(b, r, locale)).toList();
    }

    List<String> reasons(Adjustment a) {
        return a.reasons().stream().map(r -> reason(reasons, r, text.locale())).toList();
    }

    private static String reason(ResourceBundle b, Reason r, Locale locale) {
        String args = String.join("、", r.args());
        Object[] values = r.code() == Reason.Code.POLICY_FIGURES ? new Object[] {args} : r.args().toArray();
        return new MessageFormat(b.getString("reason." + r.code().name()), locale).format(values);
    }

    /** 医疗救助 应退回 4,200.00（原 4,200.00，现 0.00） */
    List<String> changes(Adjustment a) {
        return a.changes().stream().map(this::change).toList();
    }

    String change(TierChange c) {
        String item = c.key().equals("selfPay") ? text.get("ledger.col.selfPay") : text.label(org.medaid.calc.Tier.valueOf(c.key()));
        String direction = c.key().equals("selfPay") ? text.get(c.difference().signum() > 0 ? "adjust.selfPayUp" : "adjust.selfPayDown")
                : text.get(c.direction() == TierChange.Direction.PAY_MORE ? "adjust.payMore" : "adjust.return");
        return text.format("adjust.change", item, direction, MoneyText.format(c.difference().abs()),
                MoneyText.format(c.before()), MoneyText.format(c.after()));
    }

    /** 补付 1,200.00 / 应退回 300.00 / 无增减 for the tiers together. */
    String total(Adjustment a) {
        BigDecimal d = a.difference();
        return d.signum() == 0 ? text.get("adjust.even") : text.format(d.signum() > 0 ? "adjust.totalMore" : "adjust.totalBack",
                MoneyText.format(d.abs()));
    }
}
