package org.medaid.desk.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** The desk's few icons as SVG paths on a 24-unit grid, coloured by CSS ({@code .icon}), so no image files. */
public enum Icons {
    PEOPLE("M12 12a4.5 4.5 0 1 0 0-9a4.5 4.5 0 0 0 0 9z M3.5 21c0-4.6 3.8-7.5 8.5-7.5s8.5 2.9 8.5 7.5z"),
    BILLS("M5 2h10l5 5v15H5z M7 4v16h11V8h-4V4z M9 11h7v1.6H9z M9 14.5h7v1.6H9z M9 18h5v1.6H9z"),
    APPROVALS("M9.5 16.6L4.9 12l-1.6 1.6l6.2 6.2L21.2 8.1l-1.6-1.6z"),
    REPORTS("M3 20h18v2H3z M5 10h3v8H5z M10.5 4h3v14h-3z M16 13h3v5h-3z"),
    SETTINGS("M3 5h11v2H3z M18 5h3v2h-3z M14 3h2v6h-2z M3 11h3v2H3z M10 11h11v2H10z M6 9h2v6H6z "
            + "M3 17h11v2H3z M18 17h3v2h-3z M14 15h2v6h-2z"),
    SEARCH("M10 3a7 7 0 1 0 4.2 12.6l5.1 5.1l1.4-1.4l-5.1-5.1A7 7 0 0 0 10 3z M10 5a5 5 0 1 1 0 10a5 5 0 0 1 0-10z"),
    ADD("M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z"),
    IMPORT("M11 3h2v9.2l3.3-3.3l1.4 1.4L12 16l-5.7-5.7l1.4-1.4l3.3 3.3z M4 18h16v2H4z"),
    EXPORT("M11 16h2V6.8l3.3 3.3l1.4-1.4L12 3L6.3 8.7l1.4 1.4L11 6.8z M4 18h16v2H4z"),
    WARNING("M12 2L1 21h22z M11 9h2v6h-2z M11 16.5h2v2h-2z");

    private final String path;

    Icons(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The icon at {@code size} pixels, style class {@code icon icon-NAME}. */
    public Node node(double size) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.setFillRule(FillRule.EVEN_ODD);
        svg.getStyleClass().addAll("icon", "icon-" + name().toLowerCase(java.util.Locale.ROOT));
        double scale = size / 24.0;
        svg.setScaleX(scale);
        svg.setScaleY(scale);
        StackPane box = new StackPane(svg);
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        box.getStyleClass().add("icon-box");
        return box;
    }
}
