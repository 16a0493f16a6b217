package org.medaid.desk.shell;

import org.medaid.desk.common.Section;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Icons;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;

/**
 * The main window: left navigation, the section in the middle, the status bar below. Sections are
 * created on first visit by the suppliers given to {@link #setSection}.
 */
public final class MainView {

    private static final String SHORTCUTS = MainView.class.getName() + ".shortcuts";

    private static final Map<Section, Icons> ICONS = Map.of(Section.PEOPLE, Icons.PEOPLE, Section.BILLS, Icons.BILLS,
            Section.APPROVALS, Icons.APPROVALS, Section.REPORTS, Icons.REPORTS, Section.SETTINGS, Icons.SETTINGS);

    @FXML private BorderPane root;
    @FXML private VBox navItems;
    @FXML private StackPane content;
    @FXML private Label versionLabel;
    @FXML private Label statusArea;
    @FXML private Label statusOperator;
    @FXML private HBox statusBar;
    @FXML private Label statusData;
    @FXML private Label statusMessage;
    @FXML private ProgressIndicator busyIndicator;

    private final MainViewModel model;
    private final Texts texts;
    private final Parent view;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final Map<Section, Supplier<Node>> factories = new EnumMap<>(Section.class);
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Map<Section, Runnable> onShow = new EnumMap<>(Section.class);
    private final java.util.List<Runnable> tooltips = new java.util.ArrayList<>();

    public MainView(MainViewModel model, Texts texts, String version) {
        this.model = model;
        this.texts = texts;
        this.view = Fxml.load(this, texts);
        versionLabel.setText(texts.format("app.version", version));
    }

    @FXML
    private void initialize() {
        for (Section s : Section.values()) {
            navItems.getChildren().add(navItem(s));
        }
        statusArea.textProperty().bind(Bindings.createStringBinding(() -> model.areaProperty().get() == null
                ? texts.get("status.area.none") : texts.format("status.area", texts.get("area." + model.areaProperty().get().name())),
                model.areaProperty()));
        statusOperator.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("status.operator", model.operatorProperty().get()), model.operatorProperty()));
        statusData.textProperty().bind(Bindings.createStringBinding(() -> model.dataFolderProperty().get() == null
                ? texts.get("status.opening") : texts.format("status.data", model.dataFolderProperty().get()), model.dataFolderProperty()));
        statusMessage.textProperty().bind(model.messageProperty());
        busyIndicator.setVisible(false);
        model.sectionProperty().addListener((o, a, b) -> show(b));
        model.readyProperty().addListener((o, a, b) -> show(model.sectionProperty().get()));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
        content.getChildren().setAll(loadingPane());
    }

    private Node navItem(Section s) {
        Label name = new Label(texts.get(s.textKey()));
        name.getStyleClass().add("nav-name");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label(texts.format("nav.shortcut", s.shortcut()));
        hint.getStyleClass().add("nav-shortcut");
        HBox graphic = new HBox(ICONS.get(s).node(18), name, gap, hint);
        graphic.getStyleClass().add("nav-graphic");
        ToggleButton b = new ToggleButton();
        b.setId("nav" + s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT));
        b.setGraphic(graphic);
        b.setToggleGroup(group);
        b.getStyleClass().add("nav-item");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAccessibleText(texts.get(s.textKey()));
        b.setOnAction(e -> {
            if (!model.select(s)) {
                buttons.get(model.sectionProperty().get()).setSelected(true);
            }
        });
        buttons.put(s, b);
        b.disableProperty().bind(model.readyProperty().not());
        tooltips.add(() -> Widgets.tooltip(b, texts.get(s.textKey()) + "  (" + texts.format("nav.shortcut", s.shortcut()) + ")"));
        return b;
    }

    /** Puts {@code control} right after who is logged in. */
    public void addStatusControl(Node control) {
        statusBar.getChildren().add(statusBar.getChildren().indexOf(statusOperator) + 1, control);
    }

    /** Takes away what {@link #addStatusControl} added (a note that no longer holds). */
    public void removeStatusControl(Node control) {
        statusBar.getChildren().remove(control);
    }

    /**
     * Installs the navigation's tooltips; called once the roster is on screen, as making the first
     * tooltip loads the popup machinery, which the window does not need to appear.
     */
    public void installTooltips() {
        tooltips.forEach(Runnable::run);
        tooltips.clear();
    }

    /**
     * Ctrl+1..5 choose a section from any focus (once the sections exist). A filter, not
     * an accelerator: a focused table or list consumes Ctrl with a digit before a scene's accelerators see
     * it. The filter of the page before (a rebuilt window) is taken off first.
     */
    public void installShortcuts(Scene scene) {
        Object old = scene.getProperties().remove(SHORTCUTS);
        if (old instanceof EventHandler<?> h) {
            @SuppressWarnings("unchecked")
            EventHandler<KeyEvent> before = (EventHandler<KeyEvent>) h;
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, before);
        }
        EventHandler<KeyEvent> filter = e -> {
            for (Section s : Section.values()) {
                KeyCombination combo = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + s.shortcut()), KeyCombination.SHORTCUT_DOWN);
                KeyCombination pad = new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + s.shortcut()), KeyCombination.SHORTCUT_DOWN);
                if (combo.match(e) || pad.match(e)) {
                    e.consume();
                    model.select(s);
                    return;
                }
            }
        };
        scene.getProperties().put(SHORTCUTS, filter);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    /** Registers how a section's page is made; {@code shown} runs each time it comes on screen. */
    public void setSection(Section s, Supplier<Node> factory, Runnable shown) {
        factories.put(s, factory);
        onShow.put(s, shown);
        built.remove(s);
    }

    /** The page registered for {@code s} (null: none), for a hook that adds to a section instead of replacing it. */
    public Supplier<Node> page(Section s) {
        return factories.get(s);
    }

    /** What runs when {@code s} comes on screen, as registered. */
    public Runnable shown(Section s) {
        return onShow.getOrDefault(s, () -> { });
    }

    private void show(Section s) {
        buttons.get(s).setSelected(true);
        if (!model.readyProperty().get() || !factories.containsKey(s)) {
            return;
        }
        Node page = built.computeIfAbsent(s, k -> factories.get(k).get());
        content.getChildren().setAll(page);
        onShow.getOrDefault(s, () -> { }).run();
    }

    /**
     * Puts a section's page in the scene behind the loading pane, so its skins and CSS are made while the
     * database is still opening; {@link #show} brings it forward.
     */
    public void preload(Node page) {
        if (!content.getChildren().contains(page)) {
            content.getChildren().add(0, page);
        }
    }

    private Node loadingPane() {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        // turning only while the desk itself works (the data folder): waiting for the clerk (login, first run) is not
        // work, and a spinner drawn at every frame in software takes a core from the login behind it (ADR 0099)
        p.visibleProperty().bind(model.waitingProperty().isNull());
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> model.waitingProperty().get() == null
                ? texts.get("status.opening") : model.waitingProperty().get(), model.waitingProperty()));
        VBox box = new VBox(12, p, l);
        box.getStyleClass().addAll("loading-pane", "content");
        return box;
    }

    /** The busy indicator follows the executor's count of running tasks, turning only for work that lasts (ADR 0102). */
    public void bindBusy(ObservableValue<Number> running) {
        org.medaid.desk.common.BusyMark.follow(
                Bindings.createBooleanBinding(() -> running.getValue().intValue() > 0, running), busyIndicator);
    }

    public Parent view() {
        return view;
    }

    public StackPane content() {
        return content;
    }
}
