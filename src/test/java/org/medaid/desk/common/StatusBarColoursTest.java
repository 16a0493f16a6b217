package org.medaid.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0078: a screen's sentence is red when it refuses and green when it tells news, in a status bar too (the print
 * preview's: `.status-bar .status-message` had made both the plain text colour). desk.css on a real scene.
 */
class StatusBarColoursTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aRefusalInAStatusBarIsRedAndNewsGreen() throws Exception {
        Paint[] fills = WaitForAsyncUtils.asyncFx(() -> {
            ScreenStatus status = new ScreenStatus();
            Label line = new Label();
            line.getStyleClass().add("status-message");
            HBox bar = new HBox(line);
            bar.getStyleClass().add("status-bar");
            VBox root = new VBox(bar);
            Scene scene = new Scene(root, 400, 100);
            Styles.apply(scene);
            StatusLine.bind(status, line, null);
            status.refuse("这台电脑没有安装打印机。");
            root.applyCss();
            Paint refused = line.getTextFill();
            status.say("已打印。");
            root.applyCss();
            return new Paint[] {refused, line.getTextFill()};
        }).get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        assertEquals(Color.web("#cf222e"), fills[0], "a refusal in the status bar (desk.css -color-danger)");
        assertEquals(Color.web("#1a7f37"), fills[1], "news in the status bar (desk.css -color-success)");
    }
}
