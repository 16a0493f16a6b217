package org.medaid.desk.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Field validation as the clerk types: ControlsFX decorates the control (red mark, tooltip) and a label
 * under it says the message in words, once the clerk has typed into the field or left it, so an empty
 * new form is not all red. The message itself comes from the view model.
 */
public final class FieldMessages {

    private final ValidationSupport support = new ValidationSupport();

    public FieldMessages() {
        // A red outline (desk.css .error) rather than an icon: the icon would cover the message below.
        support.setValidationDecorator(new StyleClassValidationDecoration());
    }

    public ValidationSupport support() {
        return support;
    }

    /** Decorates {@code field} with {@code error} and shows it in {@code message} once the field is touched. */
    public void bind(TextInputControl field, ObservableStringValue error, Label message, boolean required) {
        BooleanProperty touched = new SimpleBooleanProperty(!field.getText().isEmpty());
        field.textProperty().addListener((o, a, b) -> touched.set(true));
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                touched.set(true);
            }
        });
        register(field, error, required);
        if (message != null) {
            message.textProperty().bind(Bindings.when(touched).then(Bindings.createStringBinding(
                    () -> error.get() == null ? "" : error.get(), error)).otherwise(""));
            collapseWhenEmpty(message);
        }
    }

    /** Decorates any control (combo box, table) with {@code error}. */
    public void register(Control control, ObservableStringValue error, boolean required) {
        support.registerValidator(control, required,
                (Validator<Object>) (c, v) -> ValidationResult.fromMessageIf(c, error.get(), Severity.ERROR, error.get() != null));
        error.addListener((o, a, b) -> support.revalidate(control));
    }

    /** A message label takes no room while it says nothing. */
    public static void collapseWhenEmpty(Label message) {
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
    }

    /** A form loaded from the store: every field counts as touched. */
    public void revalidate() {
        support.revalidate();
    }
}
