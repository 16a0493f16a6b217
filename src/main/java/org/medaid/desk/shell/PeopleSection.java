package org.medaid.desk.shell;

import java.util.function.Supplier;
import org.medaid.desk.common.Section;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.medaid.desk.common.DeskServices;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Texts;
import org.medaid.desk.imports.ImportViewModel;
import org.medaid.desk.imports.ImportWizardView;
import org.medaid.desk.person.HeadPickerView;
import org.medaid.desk.person.PersonView;
import org.medaid.desk.person.PersonViewModel;
import org.medaid.desk.person.PolicySummaries;
import org.medaid.desk.roster.RosterView;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.task.TaskExecutor;

/**
 * The 人员 section: the roster, and in its place the person form when one is opened; back on the roster
 * the search is as the clerk left it, refreshed.
 */
public final class PeopleSection implements org.medaid.desk.common.DeskSection {

    @Override
    public Section slot() {
        return Section.PEOPLE;
    }


    private final Supplier<DeskServices> services;
    private final TaskExecutor executor;
    private final Texts texts;
    private final DeskSettings settings;
    private final Supplier<org.medaid.session.Session> user;
    private final MainViewModel main;
    private final Stage stage;
    private final StackPane host = new StackPane();
    private final RosterViewModel rosterModel;
    private final RosterView rosterView;
    private PersonViewModel current;
    private Runnable onFirstPage = () -> { };

    /**
     * {@code services} may not be there yet: the views are built while the database opens, and nothing
     * reaches the services before {@link #start()}.
     */
    public PeopleSection(Supplier<DeskServices> services, TaskExecutor executor, Texts texts, DeskSettings settings,
            MainViewModel main, Stage stage, Supplier<org.medaid.session.Session> user) {
        this.user = user;
        this.services = services;
        this.executor = executor;
        this.texts = texts;
        this.settings = settings;
        this.main = main;
        this.stage = stage;
        this.rosterModel = new RosterViewModel(new ServicesRoster(services), executor, () -> services.get().today(),
                RosterViewModel.DEFAULT_PAGE_SIZE);
        this.rosterView = new RosterView(rosterModel, texts);
        rosterModel.setOnLoaded(() -> onFirstPage.run());
        rosterModel.setOnOpen(row -> openPerson(row.personId()));
        rosterView.setOnNew(this::newPerson);
        rosterView.setOnImport(this::openImport);
        host.getChildren().setAll(rosterView.view());
    }

    /** The database is open: the roster loads its first page. */
    public void start() {
        rosterModel.searchNow();
    }

    public void newPerson() {
        PersonViewModel model = personModel();
        model.startNew();
        show(model);
    }

    public void openPerson(long personId) {
        PersonViewModel model = personModel();
        model.load(personId);
        show(model);
    }

    private PersonViewModel personModel() {
        DeskServices s = services.get();
        PersonViewModel model = new PersonViewModel(s.people(), new PolicySummaries(s::policies, texts),
                s.regions(), executor, texts, s::today, user);
        model.setOnSaved(p -> main.messageProperty().set(texts.format("person.saved", p.name())));
        model.setHeldEdits(s.heldEdits());
        model.setOnOpenPerson(this::openPerson);
        return model;
    }

    private void show(PersonViewModel model) {
        current = model;
        DeskServices s = services.get();
        PersonView view = new PersonView(model, new HeadPickerView(s.roster(), executor, texts, s::today));
        view.setOnClose(this::backToRoster);
        // 门诊慢特病资格 of the stored person (ADR 0068)
        org.medaid.desk.chronic.ChronicViewModel chronic = new org.medaid.desk.chronic.ChronicViewModel(s::chronic, executor,
                texts, user, s::today);
        model.storedProperty().addListener((o, a, b) -> chronic.personIdProperty().set(b == null ? 0 : b.id()));
        chronic.personIdProperty().set(model.storedProperty().get() == null ? 0 : model.storedProperty().get().id());
        chronic.load();
        view.addSideCard(new org.medaid.desk.chronic.ChronicCardView(chronic, () -> model.storedProperty().get() == null ? ""
                : model.storedProperty().get().name()).view());
        host.getChildren().setAll(view.view());
        Platform.runLater(view::focusFirst);
    }

    /** Back to the roster, refreshed (the clerk may have enrolled or changed someone). */
    public void backToRoster() {
        host.getChildren().setAll(rosterView.view());
        rosterModel.refresh();
        Platform.runLater(rosterView::focusSearch);
    }

    /** The person form's model while a person is open, else null. */
    public PersonViewModel currentPerson() {
        return host.getChildren().contains(rosterView.view()) ? null : current;
    }

    public void setOnFirstPage(Runnable action) {
        this.onFirstPage = action;
    }

    /** Opens the import wizard over the window; a committed import reloads the roster. */
    public Stage openImport() {
        ImportViewModel model = new ImportViewModel(services.get().importer(), executor, texts, user);
        model.setOnCommitted(() -> {
            reloadRoster();
            main.messageProperty().set(model.statusProperty().get());
        });
        return new ImportWizardView(model).open(stage);
    }

    /** The roster after an import: searched again from the first page. */
    public void reloadRoster() {
        rosterModel.searchNow();
    }

    /** The section came on screen: the clerk types into the search at once. */
    @Override
    public void shown() {
        if (host.getChildren().contains(rosterView.view())) {
            rosterView.focusSearch();
        } else if (current != null && !current.dirtyProperty().get()) {
            // ADR 0032: 人员 is the roster; a person's page left untouched is not reopened under the clerk's cursor
            backToRoster();
        }
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public Node view() {
        return host;
    }
}
