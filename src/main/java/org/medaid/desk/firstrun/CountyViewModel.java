package org.medaid.desk.firstrun;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.identity.PinyinInitials;
import org.medaid.identity.Region;
import org.medaid.identity.RegionCodes;
import org.medaid.policy.PolicyRegistry;

/**
 * Step 1: the county, by its administrative code. The list holds the current codes of the four policy
 * regions (counties, districts and cities; not provinces, not retired codes), searchable by code, name
 * or pinyin initials. The code decides the policy; the step shows which one applies today.
 */
public final class CountyViewModel {

    private final List<Region> all;
    private final PolicyRegistry registry;
    private final LocalDate today;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Region> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Region> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PolicyToday> policy = new ReadOnlyObjectWrapper<>();

    public CountyViewModel(RegionCodes regions, PolicyRegistry registry, LocalDate today) {
        this.all = regions.all().stream().filter(r -> choosable(r, registry)).toList();
        this.registry = registry;
        this.today = today;
        matches.setAll(all);
        query.addListener((o, a, b) -> matches.setAll(search(b)));
        chosen.addListener((o, a, b) -> policy.set(b == null ? null : PolicyToday.of(registry, b.code(), today).orElse(null)));
    }

    private static boolean choosable(Region r, PolicyRegistry registry) {
        return !r.retired() && !r.code().endsWith("0000") && !r.code().endsWith("01") && registry.knowsRegion(r.code());
    }

    /** Code prefix, part of the name, or pinyin initials of the name (lsq finds 兰山区). */
    List<Region> search(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all;
        }
        return all.stream().filter(r -> r.code().startsWith(q) || r.fullName().contains(q) || r.name().contains(q)
                || PinyinInitials.of(r.name()).startsWith(q) || PinyinInitials.of(r.fullName()).startsWith(q)).toList();
    }

    /** Chooses the county with exactly this code, if it is in the list. */
    public boolean choose(String code) {
        Optional<Region> r = all.stream().filter(x -> x.code().equals(code)).findFirst();
        r.ifPresent(chosen::set);
        return r.isPresent();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Region> matches() {
        return matches;
    }

    public ObjectProperty<Region> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<PolicyToday> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    public BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> chosen.get() != null && policy.get() != null, chosen, policy);
    }

    public PolicyRegistry registry() {
        return registry;
    }

    public LocalDate today() {
        return today;
    }
}
