package org.medaid.desk.firstrun;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.medaid.desk.common.SampleTownships;
import org.medaid.identity.PolicyArea;

/**
 * Step 4: whether to load the sample township of the county's region to practise on. Off by default:
 * records are never deleted, only voided, so a desk meant for real work should not start with
 * made-up people in it (ADR 0025).
 */
public final class SampleViewModel {

    private final SampleTownships samples;
    private final ObjectProperty<PolicyArea> area = new SimpleObjectProperty<>();
    private final BooleanProperty load = new SimpleBooleanProperty(false);
    private final BooleanBinding available;

    public SampleViewModel(SampleTownships samples) {
        this.samples = samples;
        this.available = Bindings.createBooleanBinding(() -> area.get() != null && samples.areas().contains(area.get()), area);
        available.addListener((o, a, b) -> {
            if (!b) {
                load.set(false);
            }
        });
    }

    public ObjectProperty<PolicyArea> areaProperty() {
        return area;
    }

    public BooleanProperty loadProperty() {
        return load;
    }

    public BooleanBinding available() {
        return available;
    }

    public SampleTownships samples() {
        return samples;
    }
}
