package org.medaid.desk.county;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.insurance.CountyCondition;
import org.medaid.insurance.CountyConditions;
import org.medaid.insurance.InsuranceCondition;
import org.medaid.insurance.InsuranceException;
import org.medaid.insurance.InsuranceTexts;
import org.medaid.model.Labels;
import org.medaid.policy.Policy;
import org.medaid.session.DutyException;
import org.medaid.session.Session;

/**
 * The 参保条件 part of 设置 › 县级参数 (ADR 0098): what the chosen policy's condition "basic insurance before assistance"
 * says now (its clause, that it is unconfirmed, or the county's decision with its document), and, where the document has
 * no such sentence, the administrator's record of the county's decision (required or not required) with the county's
 * document number, clause and quoted words; the decisions recorded before stay listed. Store work on the executor.
 */
public final class ConditionViewModel {

    private final CountyConditions conditions;
    private final TaskExecutor executor;
    private final Session actor;
    private final ScreenStatus status;
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final StringProperty sentence = new SimpleStringProperty("");
    private final BooleanProperty offered = new SimpleBooleanProperty(false);
    private final StringProperty notOffered = new SimpleStringProperty("");
    private final ObservableList<CountyCondition> history = FXCollections.observableArrayList();
    /** The county's decision as chosen on the page: true required, false not required, null not chosen yet. */
    private final ObjectProperty<Boolean> required = new SimpleObjectProperty<>();
    private final StringProperty document = new SimpleStringProperty("");
    private final StringProperty clause = new SimpleStringProperty("");
    private final StringProperty quoted = new SimpleStringProperty("");
    private long seenCurrent;

    ConditionViewModel(CountyConditions conditions, TaskExecutor executor, Session actor, ScreenStatus status) {
        this.conditions = conditions;
        this.executor = executor;
        this.actor = actor;
        this.status = status;
        policy.addListener((o, a, b) -> reload());
    }

    /** Reads the county's decisions of the chosen policy again and says the condition as it stands. */
    void reload() {
        Policy p = policy.get();
        if (p == null) {
            sentence.set("");
            offered.set(false);
            history.clear();
            return;
        }
        Locale locale = Labels.locale();
        executor.submit(BackgroundTask.of("county insurance condition", t -> conditions.history(p.id())).onSuccess(all -> {
            if (p != policy.get()) {
                return; // another policy was chosen meanwhile
            }
            boolean may = CountyConditions.offered(p);
            CountyCondition current = may && !all.isEmpty() ? all.get(0) : null;
            seenCurrent = current == null ? 0 : current.id();
            history.setAll(may ? all : List.of());
            offered.set(may);
            InsuranceCondition c = new InsuranceCondition(p.document(), p.extras().insuranceRequired(), current);
            sentence.set(texts().format("county.insuranceCondition", c.sentence(locale)));
            notOffered.set(may ? "" : texts().format("county.condition.notOffered", p.document()));
        }).onFailure(e -> status.refuse(texts().format("county.error.failed", e.getMessage()))));
    }

    boolean mayEdit() {
        return actor != null && actor.has(org.medaid.session.Role.ADMINISTRATOR);
    }

    /** Records the county's decision as filled in; every refusal is a sentence in the page's status. */
    public void save() {
        Policy p = policy.get();
        if (!mayEdit()) {
            status.refuse(texts().get("county.condition.error.admin"));
            return;
        }
        if (p == null) {
            return;
        }
        if (required.get() == null) {
            status.refuse(texts().get("county.condition.error.choice"));
            return;
        }
        boolean req = required.get();
        String doc = document.get();
        String cl = clause.get();
        String words = quoted.get();
        long seen = seenCurrent;
        Locale locale = Labels.locale();
        executor.submit(BackgroundTask.of("record county insurance condition",
                t -> conditions.record(p.id(), req, doc, cl, words, seen, actor)).onSuccess(saved -> {
                    status.say(texts().format(saved.required() ? "county.condition.saved.required" : "county.condition.saved.notRequired",
                            p.document(), saved.citation()));
                    required.set(null);
                    document.set("");
                    clause.set("");
                    quoted.set("");
                    reload();
                }).onFailure(e -> status.refuse(e instanceof InsuranceException ie ? InsuranceTexts.problem(ie, locale)
                        : e instanceof DutyException de ? de.message(locale) : texts().format("county.error.failed", e.getMessage()))));
    }

    /** One decision as the record under the form lists it: when, who, what, with its citation. */
    static String line(CountyCondition c, boolean inForce) {
        return Texts.load(Labels.locale()).format(inForce ? "county.condition.history.current" : "county.condition.history.earlier",
                c.decidedAt().toLocalDate().toString(), c.decidedBy(),
                Texts.load(Labels.locale()).get(c.required() ? "county.condition.required" : "county.condition.notRequired"),
                c.citation());
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public StringProperty sentenceProperty() {
        return sentence;
    }

    public BooleanProperty offeredProperty() {
        return offered;
    }

    public StringProperty notOfferedProperty() {
        return notOffered;
    }

    public ObservableList<CountyCondition> history() {
        return history;
    }

    public ObjectProperty<Boolean> requiredProperty() {
        return required;
    }

    public StringProperty documentProperty() {
        return document;
    }

    public StringProperty clauseProperty() {
        return clause;
    }

    public StringProperty quotedProperty() {
        return quoted;
    }

    private static Texts texts() {
        return Texts.load(Labels.locale());
    }
}
