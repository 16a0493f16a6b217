package org.medaid.desk.chronic;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ScreenFit;
import org.medaid.desk.common.Styles;

/** The person screen's card 门诊慢特病资格: what is certified today, and the button that opens the entries. */
public final class ChronicCardView {

    @FXML private Label summaryLabel;
    @FXML private Button openButton;

    private final ChronicViewModel model;
    private final java.util.function.Supplier<String> personName;
    private final Parent view;

    public ChronicCardView(ChronicViewModel model, java.util.function.Supplier<String> personName) {
        this.model = model;
        this.personName = personName;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        openButton.disableProperty().bind(model.personIdProperty().isEqualTo(0));
    }

    /** Opens the person's entries in a window over the person screen. */
    @FXML
    private void open() {
        ChronicView content = new ChronicView(model, model.text().format("chronic.window", personName.get()));
        Stage stage = new Stage();
        stage.initOwner(view.getScene().getWindow());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.text().format("chronic.window", personName.get()));
        javafx.geometry.Dimension2D size = ScreenFit.size(stage.getOwner(), 900, 560);
        stage.setScene(new Scene(content.view(), size.getWidth(), size.getHeight()));
        Styles.apply(content.view());
        content.setOnClose(stage::close);
        stage.setOnHidden(e -> model.load());
        model.load();
        stage.show();
    }

    public Parent view() {
        return view;
    }
}
