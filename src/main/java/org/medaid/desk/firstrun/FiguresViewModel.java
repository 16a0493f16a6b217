package org.medaid.desk.firstrun;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.backup.CountyPolicies;
import org.medaid.backup.FigureDecision;
import org.medaid.policy.Policy;

/**
 * Step 3: the policy's unconfirmed figures, each with its default, the document and clause it stands
 * under and why it is unconfirmed; for each the county confirms the default, enters its own figure, or
 * leaves it marked (POLICY-NOTES §6: results using it then say 待确认).
 */
public final class FiguresViewModel {

    private final CountyPolicies county;
    private final FigureLabels labels;
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    // Each row's decision and validity notify the list, so counts and the step's validity follow.
    private final ObservableList<FigureRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.decisionProperty(), r.ownProperty()});
    private final IntegerBinding decided = Bindings.createIntegerBinding(
            () -> (int) rows.stream().filter(r -> r.toDecision().isPresent()).count(), rows);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> rows.stream().allMatch(r -> r.ownValid().get()), rows);

    public FiguresViewModel(CountyPolicies county, FigureLabels labels) {
        this.county = county;
        this.labels = labels;
        policy.addListener((o, a, b) -> load(b));
    }

    private void load(Policy p) {
        if (p == null) {
            rows.clear();
            return;
        }
        JsonNode file = county.document(p.id());
        rows.setAll(county.reviewable(p).stream().map(param -> new FigureRow(param, labels.describe(file, param.name()))).toList());
    }

    /** The decisions to write; figures left marked are not among them. */
    public List<FigureDecision> decisions() {
        return rows.stream().map(FigureRow::toDecision).flatMap(Optional::stream).toList();
    }

    public Optional<FigureRow> row(String parameterName) {
        return rows.stream().filter(r -> r.param().name().equals(parameterName)).findFirst();
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public ObservableList<FigureRow> rows() {
        return rows;
    }

    /** Figures confirmed or given the county's value so far. */
    public IntegerBinding decidedCount() {
        return decided;
    }

    /** False while a typed county figure is not a figure. */
    public BooleanBinding valid() {
        return valid;
    }
}
