package org.medaid.desk.imports;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.medaid.desk.common.Texts;
import org.medaid.importer.ImportPreview;
import org.medaid.importer.RowOutcome;

/** The preview's filter: one toggle per outcome with its count (全部 12 · 新增 8 · 变更 1 · 无变化 0 · 拒绝 3). */
final class PreviewFiltersView {

    private PreviewFiltersView() {
    }

    static void build(ImportViewModel model, HBox box) {
        Texts texts = model.texts();
        ToggleGroup group = new ToggleGroup();
        Label label = new Label(texts.get("import.filter"));
        label.setMnemonicParsing(true);
        box.getChildren().add(label);
        ToggleButton all = toggle(group, "filterAll", null, model);
        all.textProperty().bind(Bindings.createStringBinding(() -> texts.format("import.filter.all", size(model.previewProperty().get())),
                model.previewProperty()));
        label.setLabelFor(all);
        box.getChildren().add(all);
        for (RowOutcome o : RowOutcome.values()) {
            ToggleButton t = toggle(group, "filter" + o.name(), o, model);
            t.textProperty().bind(Bindings.createStringBinding(() -> texts.format("import.filter." + o.name(), model.count(o)),
                    model.previewProperty()));
            t.getStyleClass().add("chip-" + o.name().toLowerCase(Locale.ROOT));
            box.getChildren().add(t);
        }
        model.filterProperty().addListener((obs, a, b) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == b || b == null && t.getUserData() == null).findFirst().ifPresent(t -> t.setSelected(true)));
        all.setSelected(true);
    }

    private static ToggleButton toggle(ToggleGroup group, String id, RowOutcome outcome, ImportViewModel model) {
        ToggleButton t = new ToggleButton();
        t.setId(id);
        t.setUserData(outcome);
        t.setToggleGroup(group);
        t.getStyleClass().add("filter-chip");
        t.setOnAction(e -> {
            t.setSelected(true);
            model.filterProperty().set(outcome);
        });
        return t;
    }

    private static int size(ImportPreview p) {
        return p == null ? 0 : p.rows().size();
    }
}
