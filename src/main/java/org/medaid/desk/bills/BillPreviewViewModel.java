package org.medaid.desk.bills;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.calc.BillResult;
import org.medaid.calc.FlagNote;
import org.medaid.calc.Line;
import org.medaid.calc.Tier;
import org.medaid.desk.common.ChangeText;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.Preview;

/**
 * The panel beside the bill form: each tier's payment on the bill as typed, the compliant cost and what
 * the person bears, the calculator's explanation lines with their clauses, and the notes (computed as
 * ordinary, flags, doubtful figures, what it changes in later bills). Empty while the bill cannot be computed.
 */
public final class BillPreviewViewModel {

    /** The three tiers always show; the others only when they pay something. */
    private static final List<Tier> ALWAYS = List.of(Tier.basic, Tier.criticalIllness, Tier.assistance);

    private final Texts text;
    private final ObservableList<TierAmount> tiers = FXCollections.observableArrayList();
    private final ObservableList<ExplainLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final StringProperty compliant = new SimpleStringProperty("");
    private final StringProperty selfPay = new SimpleStringProperty("");
    private final StringProperty relief = new SimpleStringProperty("");
    private final StringProperty policy = new SimpleStringProperty("");
    private final ObjectProperty<BillResult> result = new SimpleObjectProperty<>();

    BillPreviewViewModel(Texts text) {
        this.text = text;
    }

    void show(Preview p, long draftId) {
        show(p, draftId, List.of());
    }

    /** With the flags of the 参保台账 and the entitlements ({@code flagged}), shown first among the notes. */
    void show(Preview p, long draftId, List<String> flagged) {
        if (p == null || !p.computed()) {
            clear();
            return;
        }
        LedgerRow row = p.draft();
        BillResult r = row.result();
        result.set(r);
        List<TierAmount> t = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            BigDecimal paid = r.paid(tier);
            if (ALWAYS.contains(tier) || paid.signum() != 0) {
                t.add(new TierAmount(tier, text.label(tier), paid));
            }
        }
        tiers.setAll(t);
        compliant.set(MoneyText.format(r.compliant()));
        selfPay.set(MoneyText.format(r.selfPay()));
        relief.set(MoneyText.format(r.totalPaid()));
        policy.set(r.policy());
        List<ExplainLine> l = new ArrayList<>();
        for (Line line : r.lines()) {
            l.add(new ExplainLine(tierName(line.tier()), line.text(), line.source()));
        }
        lines.setAll(l);
        List<Note> n = new ArrayList<>();
        for (String f : flagged) {
            n.add(new Note(Note.Kind.FLAG, f));
        }
        if (row.ordinary()) {
            n.add(new Note(Note.Kind.ORDINARY, text.get("bill.note.ordinary")));
        }
        for (FlagNote f : r.flags()) {
            if (!"ORDINARY".equals(f.code())) {
                n.add(new Note(Note.Kind.FLAG, f.text()));
            }
        }
        if (!r.unconfirmed().isEmpty()) {
            n.add(new Note(Note.Kind.UNCONFIRMED, text.format("bill.note.unconfirmed", String.join("、", r.unconfirmedLabels()))));
        }
        for (String change : ChangeText.lines(p.effect(), p.year(), null, draftId, text)) {
            n.add(new Note(Note.Kind.EFFECT, text.format("bill.note.effect", change)));
        }
        notes.setAll(n);
    }

    void clear() {
        result.set(null);
        tiers.clear();
        lines.clear();
        notes.clear();
        compliant.set("");
        selfPay.set("");
        relief.set("");
        policy.set("");
    }

    private String tierName(String tier) {
        try {
            return text.label(Tier.valueOf(tier));
        } catch (IllegalArgumentException e) {
            return tier;
        }
    }

    public ObservableList<TierAmount> tiers() {
        return tiers;
    }

    public ObservableList<ExplainLine> lines() {
        return lines;
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public StringProperty compliantProperty() {
        return compliant;
    }

    public StringProperty selfPayProperty() {
        return selfPay;
    }

    /** Everything the tiers paid together. */
    public StringProperty reliefProperty() {
        return relief;
    }

    public StringProperty policyProperty() {
        return policy;
    }

    public ObjectProperty<BillResult> resultProperty() {
        return result;
    }

    /** The amount {@code tier} pays on the bill as typed, or null while it is not computed. */
    public BigDecimal paid(Tier tier) {
        return result.get() == null ? null : result.get().paid(tier);
    }
}
