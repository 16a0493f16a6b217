package org.medaid.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0113 on a real scene with the desk's key rules (Monocle, the robot's keys): Alt+letter ticks and clears a check
 * box and chooses a radio button; a disabled box is left alone; a button's and a label's mnemonics act as before.
 */
class ToggleMnemonicsTest {

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger pressed = new AtomicInteger();
    private CheckBox sample;
    private CheckBox disabled;
    private RadioButton a4;
    private RadioButton a5;
    private TextField name;

    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            sample = new CheckBox("加载样例乡镇(_L)");
            disabled = new CheckBox("已审核(_D)");
            disabled.setDisable(true);
            ToggleGroup paper = new ToggleGroup();
            a4 = new RadioButton("A_4");
            a5 = new RadioButton("A_5");
            a4.setToggleGroup(paper);
            a5.setToggleGroup(paper);
            a4.setSelected(true);
            Button next = new Button("下一步(_N)");
            next.setOnAction(e -> pressed.incrementAndGet());
            name = new TextField();
            Label label = new Label("姓名(_M)");
            label.setMnemonicParsing(true);
            label.setLabelFor(name);
            TextField first = new TextField();
            for (var b : new javafx.scene.control.Labeled[] {sample, disabled, a4, a5, next}) {
                b.setMnemonicParsing(true);
            }
            Scene scene = new Scene(new VBox(8, first, sample, disabled, a4, a5, next, label, name), 400, 320);
            Styles.apply(scene);
            stage.setScene(scene);
            stage.show();
            first.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void alt(KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void altLetterTicksAndClearsACheckBox() {
        alt(KeyCode.L);
        assertTrue(sample.isSelected(), "Alt+L left 加载样例乡镇 unticked");
        assertTrue(sample.isFocused());
        alt(KeyCode.L);
        assertFalse(sample.isSelected(), "Alt+L again did not clear it");
        alt(KeyCode.D);
        assertFalse(disabled.isSelected(), "a disabled box was ticked");
    }

    @Test
    void altLetterChoosesARadioButtonAndLeavesTheChosenOneChosen() {
        alt(KeyCode.DIGIT5);
        assertTrue(a5.isSelected() && !a4.isSelected(), "Alt+5 did not choose A5");
        alt(KeyCode.DIGIT5);
        assertTrue(a5.isSelected(), "Alt+5 again cleared A5");
    }

    @Test
    void buttonsAndLabelsKeepTheirMnemonics() {
        alt(KeyCode.N);
        assertEquals(1, pressed.get(), "下一步(N) pressed " + pressed.get() + " times");
        alt(KeyCode.M);
        assertTrue(name.isFocused(), "Alt+M did not reach the field its label names");
    }
}
