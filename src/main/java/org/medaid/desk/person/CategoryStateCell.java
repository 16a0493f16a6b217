package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.medaid.desk.common.Texts;

/** The state column of the category table as a coloured tag: 未保存 / 有效 / 已退出 / 已作废. */
final class CategoryStateCell extends TableCell<CategoryItem, CategoryItem> {

    private final Texts texts;
    private final Supplier<LocalDate> today;

    CategoryStateCell(Texts texts, Supplier<LocalDate> today) {
        this.texts = texts;
        this.today = today;
    }

    @Override
    protected void updateItem(CategoryItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        CategoryItem.State state = item.state(today.get());
        Label tag = new Label(texts.get("category.state." + state.name()));
        tag.getStyleClass().addAll("tag", "tag-" + state.name().toLowerCase(Locale.ROOT));
        setGraphic(tag);
        setText(null);
    }
}
