package org.medaid.desk.common;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where an export is saved: the desk asks with a file chooser; a test gives the path itself. Null: cancelled.
 */
@FunctionalInterface
public interface SaveTarget {

    Path choose(Window owner, String title, String fileName, ReportFiles.Format format);

    /** The system's save dialog, offering {@code fileName} and only files of the format's kind. */
    static SaveTarget chooser() {
        return (owner, title, fileName, format) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
            File f = chooser.showSaveDialog(owner);
            return f == null ? null : f.toPath();
        };
    }
}
