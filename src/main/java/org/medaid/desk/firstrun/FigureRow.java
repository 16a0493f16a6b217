package org.medaid.desk.firstrun;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.backup.FigureDecision;
import org.medaid.policy.Param;

/** One unconfirmed figure in the review table, with the county's decision on it. */
public final class FigureRow {

    /** What the county does with the figure. */
    public enum Decision {
        /** Left marked 待确认: every result that uses it says so. */
        MARKED,
        /** The default is the county's figure. */
        DEFAULT,
        /** The county's own figure replaces the default. */
        OWN
    }

    private final Param param;
    private final String label;
    private final FigureKind kind;
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.MARKED);
    private final StringProperty own = new SimpleStringProperty("");
    private final BooleanBinding ownValid;

    public FigureRow(Param param, String label) {
        this.param = param;
        this.label = label;
        this.kind = FigureKind.of(param.name());
        this.ownValid = Bindings.createBooleanBinding(() -> decision.get() != Decision.OWN || ownValue().isPresent(), decision, own);
    }

    /** Confirms the default; the typed figure is cleared. */
    public void confirmDefault() {
        own.set("");
        decision.set(Decision.DEFAULT);
    }

    /** Takes the county's figure as typed (it must parse, see {@link #ownValid()}). */
    public void useOwn(String typed) {
        own.set(typed == null ? "" : typed.strip());
        decision.set(own.get().isEmpty() ? Decision.MARKED : Decision.OWN);
    }

    public void leaveMarked() {
        own.set("");
        decision.set(Decision.MARKED);
    }

    public Optional<BigDecimal> ownValue() {
        return kind.parse(own.get());
    }

    /** The decision for the county policy file; empty while the figure stays marked. */
    public Optional<FigureDecision> toDecision() {
        return switch (decision.get()) {
            case MARKED -> Optional.empty();
            case DEFAULT -> Optional.of(FigureDecision.confirmDefault(param.name()));
            case OWN -> ownValue().map(v -> FigureDecision.setTo(param.name(), v));
        };
    }

    public Param param() {
        return param;
    }

    public String label() {
        return label;
    }

    public FigureKind kind() {
        return kind;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public StringProperty ownProperty() {
        return own;
    }

    /** False while the county's figure is chosen but not a valid figure. */
    public BooleanBinding ownValid() {
        return ownValid;
    }
}
