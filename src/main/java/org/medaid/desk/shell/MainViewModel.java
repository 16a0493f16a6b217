package org.medaid.desk.shell;

import org.medaid.desk.common.Section;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.identity.PolicyArea;

/** The main window's state: the section on show and the status bar's facts. */
public final class MainViewModel {

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.PEOPLE);
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObjectProperty<PolicyArea> area = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();

    /** Shows {@code target} once the sections exist (after the login); before, nothing is shown. */
    public boolean select(Section target) {
        if (!ready.get()) {
            return false;
        }
        section.set(target);
        return true;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<Path> dataFolderProperty() {
        return dataFolder;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public ObjectProperty<PolicyArea> areaProperty() {
        return area;
    }

    /** A short line in the status bar: what just happened (已保存 张三). */
    public StringProperty messageProperty() {
        return message;
    }

    /** What the window waits for before the sections exist (the data folder, the first run, a login); null: the data folder. */
    public StringProperty waitingProperty() {
        return waiting;
    }

    /** True once the database is open and the sections exist. */
    public BooleanProperty readyProperty() {
        return ready;
    }
}
