package org.medaid.desk.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.medaid.session.Action;

/**
 * A card of 设置 below the desk's own settings (users and roles, county figures, data and backup, audit,
 * about), made each time 设置 opens; shown only to a session that may {@code needs} (null: everyone).
 * Listed in one place, {@link DeskShell#cards}; the services check the duty again.
 */
public record SettingsEntry(String id, Action needs, Supplier<Node> view) {
}
