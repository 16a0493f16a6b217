package org.medaid.desk.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview's window is sized by the screen, not by the window that opens it (Monocle). */
class PreviewWindowSizeTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSmallOwnerGetsAPreviewAsLargeAsTheScreenAllows() throws Exception {
        Dimension2D[] sizes = WaitForAsyncUtils.asyncFx(() -> {
            Stage owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 540, 220)); // the recovery code's window, about
            owner.show();
            try {
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                return new Dimension2D[] {PreviewDialogView.size(owner), new Dimension2D(screen.getWidth(), screen.getHeight()),
                    PreviewDialogView.size(null)};
            } finally {
                owner.hide();
            }
        }).get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        Dimension2D size = sizes[0];
        Dimension2D screen = sizes[1];
        assertEquals(Math.min(860, screen.getHeight() - 40), size.getHeight(), "height on a screen of " + screen);
        assertEquals(Math.min(1000, screen.getWidth() - 40), size.getWidth(), "width on a screen of " + screen);
        assertTrue(size.getHeight() > 400, "a preview of " + size.getHeight() + " pixels high on a screen of " + screen);
        assertEquals(size, sizes[2], "no owner: the primary screen");
    }
}
