package org.medaid.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medaid.Patience;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link GuiTeardown} puts a window and the dialog it owns away without sending the dialog a close request (the login
 * quits the desk on one), and the JavaFX thread answers afterwards. The dialog here only counts its close requests, so
 * the check that Monocle sends one when the owner goes first cannot end the toolkit of the tests after it.
 */
class GuiTeardownTest {

    private Stage owner;
    private Stage dialog;
    private final AtomicInteger closeRequests = new AtomicInteger();

    @BeforeEach
    void windows() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        dialog = GuiTeardown.onFx("show a window and its dialog", () -> {
            owner.setScene(new Scene(new StackPane(), 900, 600));
            owner.show();
            Stage d = new Stage();
            d.initOwner(owner);
            d.initModality(Modality.WINDOW_MODAL);
            d.setScene(new Scene(new StackPane(), 300, 200));
            d.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> closeRequests.incrementAndGet());
            d.show();
            return d;
        });
    }

    @AfterEach
    void close() throws Exception {
        GuiTeardown.closeWindows();
    }

    @Test
    void theDialogGetsNoCloseRequestAndTheFxThreadStillAnswers() throws Exception {
        GuiTeardown.closeWindows();

        assertEquals(0, closeRequests.get(), "no close request reached the owned dialog while the windows were hidden");
        assertFalse(GuiTeardown.onFx("read the windows", () -> owner.isShowing() || dialog.isShowing()), "both hidden");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> 1).get(Patience.SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void monocleSendsTheDialogACloseRequestWhenItsOwnerIsHiddenFirst() throws Exception {
        // what FxToolkit.cleanupStages does: the windows in the order they were shown, the owner first
        GuiTeardown.onFx("hide the owner", () -> {
            owner.hide();
            return null;
        });

        assertEquals(1, closeRequests.get(), "the owner's hide reached the dialog as a close request");
    }
}
