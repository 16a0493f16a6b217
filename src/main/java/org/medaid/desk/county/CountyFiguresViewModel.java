package org.medaid.desk.county;

import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.backup.CountyFigure;
import org.medaid.backup.CountyFigures;
import org.medaid.insurance.CountyConditions;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Session;

/**
 * 设置 › 县级参数 (ADR 0036): lists a policy's county figures and sets one, as the logged-in administrator,
 * with its document, into the county's layer; the desk's next computation reads it. All file work runs on
 * the executor.
 */
public final class CountyFiguresViewModel {

    private final CountyFigures layer;
    private final Supplier<PolicyRegistry> policies;
    private final TaskExecutor executor;
    private final Session actor;
    private final Clock clock;
    private final ObservableList<Policy> policyList = FXCollections.observableArrayList();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObservableList<CountyFigureRows.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CountyFigureRows.Row> selected = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty document = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final ConditionViewModel condition;

    /**
     * {@code conditions}: the county's decisions on insurance as a condition (ADR 0098), in the store; the page records
     * them for a policy whose document has no such sentence.
     */
    public CountyFiguresViewModel(CountyFigures layer, Supplier<PolicyRegistry> policies, CountyConditions conditions,
            TaskExecutor executor, Session actor, Clock clock) {
        this.layer = layer;
        this.policies = policies;
        this.executor = executor;
        this.actor = actor;
        this.clock = clock;
        this.condition = new ConditionViewModel(conditions, executor, actor, status);
        condition.policyProperty().bind(policy);
        policy.addListener((o, a, b) -> reload());
        selected.addListener((o, a, row) -> value.set(row == null || row.param() == null || row.param().value() == null
                ? "" : row.param().value().stripTrailingZeros().toPlainString()));
    }

    public boolean mayEdit() {
        return actor != null && actor.has(org.medaid.session.Role.ADMINISTRATOR);
    }

    /** Reads the policies; the county's own (chosen at the first run) comes first, then those in force today. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        executor.submit(BackgroundTask.of("county policies", p -> new Listed(policies.get().all(),
                org.medaid.backup.CountyFile.read(layer.file().getParent()).map(org.medaid.backup.CountyFile.County::policyId)
                        .orElse(null))).onSuccess(listed -> {
            java.util.Comparator<Policy> order = java.util.Comparator.<Policy, Boolean>comparing(x -> !x.id().equals(listed.own()))
                    .thenComparing(x -> !x.inForceOn(today));
            List<Policy> sorted = listed.all().stream().sorted(order).toList();
            policyList.setAll(sorted);
            if (!sorted.isEmpty()) {
                policy.set(sorted.get(0));
            }
        }).onFailure(e -> status.refuse(texts().format("county.error.failed", e.getMessage()))));
    }

    private record Listed(List<Policy> all, String own) {
    }

    void reload() {
        Policy p = policy.get();
        if (p == null) {
            rows.clear();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        executor.submit(BackgroundTask.of("county figures", t -> {
            Policy fresh = policies.get().byId(p.id()).orElse(p);
            return CountyFigureRows.of(fresh, layer.all(), today);
        }).onSuccess(rows::setAll).onFailure(e -> status.refuse(texts().format("county.error.failed", e.getMessage()))));
    }

    /** Sets the selected figure; every refusal is a sentence in {@link #status}. */
    public void save() {
        CountyFigureRows.Row row = selected.get();
        if (!mayEdit()) {
            status.refuse(texts().get("county.error.admin"));
            return;
        }
        if (row == null) {
            status.refuse(texts().get("county.error.noRow"));
            return;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(value.get().strip());
        } catch (NumberFormatException e) {
            v = null;
        }
        if (v == null || v.signum() < 0 || v.scale() > 4) {
            status.refuse(texts().get("county.error.value"));
            return;
        }
        if (document.get() == null || document.get().isBlank()) {
            status.refuse(texts().get("county.error.document"));
            return;
        }
        CountyFigure figure = new CountyFigure(policy.get().id(), row.figure(), v,
                actor.displayName() + " " + actor.login(), OffsetDateTime.now(clock), document.get().strip());
        BigDecimal shown = v;
        executor.submit(BackgroundTask.run("set county figure", () -> layer.set(figure)).onSuccess(done -> {
            status.say(texts().format("county.saved", row.label(), shown.toPlainString()));
            reload();
        }).onFailure(e -> status.refuse(texts().format("county.error.failed", e.getMessage()))));
    }

    public ObservableList<Policy> policyList() {
        return policyList;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    /** The 参保条件 section: the condition as it stands and the county's decision (ADR 0092, 0098). */
    public ConditionViewModel condition() {
        return condition;
    }

    public ObservableList<CountyFigureRows.Row> rows() {
        return rows;
    }

    public ObjectProperty<CountyFigureRows.Row> selectedProperty() {
        return selected;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty documentProperty() {
        return document;
    }

    /** Saved, or the sentence that refused it. */
    public ScreenStatus status() {
        return status;
    }

    private static Texts texts() {
        return Texts.load(org.medaid.model.Labels.locale());
    }
}
