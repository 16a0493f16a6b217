package org.medaid.desk.firstrun;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.medaid.desk.common.SampleTownships;
import org.medaid.identity.PolicyArea;
import org.medaid.model.WorkingDays;
import org.medaid.sample.SampleScenario;
import org.medaid.sample.SampleTour;

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
    private final Map<String, List<String>> tours = new HashMap<>();

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

    /**
     * The tour of the county's sample township on {@code today} (which sample people show what), in the
     * clerk's language; generated once per county (no database: the generator and the calculator only).
     */
    public List<String> tour(String countyCode, LocalDate today, WorkingDays days, Locale locale) {
        return tours.computeIfAbsent(countyCode, code -> SampleTour.lines(SampleScenario.of(code, today, days), locale));
    }
}
