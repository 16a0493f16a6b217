package org.medaid.desk.common;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Chooses the UI font. JavaFX CSS takes only the first family of a {@code -fx-font-family} list and falls
 * back to "System" when it is missing, so desk.css's CJK stack is resolved here, first installed wins.
 */
public final class Fonts {

    /** Readable CJK faces, Windows first, then macOS and Linux. */
    public static final List<String> CJK_STACK = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei");

    private static volatile String chosen;

    private Fonts() {
    }

    /** The first installed face of {@link #CJK_STACK}, or "System". */
    public static String uiFamily() {
        String c = chosen;
        if (c == null) {
            c = CJK_STACK.stream().filter(Fonts::installed).findFirst().orElse("System");
            chosen = c;
        }
        return c;
    }

    private static boolean installed(String family) {
        return family.equals(Font.font(family, 12).getFamily());
    }

    /** The inline style that puts the chosen face on a scene's root. */
    public static String rootStyle() {
        return "-fx-font-family: \"" + uiFamily() + "\";";
    }
}
