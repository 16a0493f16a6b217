package org.medaid.desk.users;

import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Texts;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.medaid.session.Role;
import org.medaid.users.User;

/**
 * 设置 › 用户与角色: the table of users and a row to add one, reset a password or (de)activate. Shown to
 * every user; only an administrator's controls are enabled. Built in code: one card, no own FXML.
 */
public final class UsersView {

    private final UsersViewModel model;
    private final Locale locale;
    private final VBox view = new VBox(10);

    public UsersView(UsersViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
        build();
        model.reload();
    }

    private String t(String key) {
        return Texts.load(locale).get(key);
    }

    private void build() {
        view.getStyleClass().add("card");
        view.setMaxWidth(860);
        view.setPadding(new Insets(14));
        Label title = new Label(t("users.title"));
        title.getStyleClass().add("card-title");

        TableView<User> table = new TableView<>(model.users());
        table.setId("usersTable");
        table.setPrefHeight(170);
        table.getColumns().add(column(t("users.login"), u -> u.login()));
        table.getColumns().add(column(t("users.name"), u -> u.displayName()));
        table.getColumns().add(column(t("users.role"), u -> u.roles().stream().map(r -> r.label(locale))
                .collect(java.util.stream.Collectors.joining("、"))));
        table.getColumns().add(column(t("users.state"), u -> t(u.active() ? "users.active" : "users.inactive")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        TextField login = field("usersLogin", model.loginProperty());
        TextField name = field("usersName", model.displayNameProperty());
        PasswordField password = new PasswordField();
        password.setId("usersPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("usersRepeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        HBox role = new HBox(10);
        role.setId("usersRole");
        for (Role r : Role.values()) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(r.label(locale));
            box.setId("usersRole" + r.name());
            box.setSelected(model.roles().contains(r));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    model.roles().add(r);
                } else {
                    model.roles().remove(r);
                }
            });
            model.roles().addListener((javafx.collections.SetChangeListener<Role>) ch -> box.setSelected(model.roles().contains(r)));
            role.getChildren().add(box);
        }
        model.selectedProperty().addListener((o, was, u) -> {
            if (u != null) {
                model.roles().retainAll(u.roles());
                model.roles().addAll(u.roles());
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("users.login.label", login), login, label("users.name.label", name), name);
        Label roleLabel = new Label(t("users.role.label"));
        roleLabel.setMnemonicParsing(true);
        roleLabel.setLabelFor(role.getChildren().get(0));
        form.addRow(1, roleLabel, role);
        GridPane.setColumnSpan(role, 3);
        form.addRow(2, label("users.password.label", password), password, label("users.repeat.label", repeat), repeat);

        Button add = button("usersAdd", "users.add", model::add);
        add.disableProperty().bind(model.canAddBinding().not());
        Button reset = button("usersReset", "users.resetButton", model::resetPassword);
        Button toggle = button("usersToggle", "users.toggleButton", model::toggleActive);
        reset.disableProperty().bind(model.selectedProperty().isNull());
        toggle.disableProperty().bind(model.selectedProperty().isNull());
        Button saveRoles = button("usersSaveRoles", "users.rolesButton", model::saveRoles);
        saveRoles.disableProperty().bind(model.selectedProperty().isNull());
        Label message = new Label();
        message.setWrapText(true);
        message.setId("usersMessage");
        StatusLine.bind(model.status(), message, null);
        HBox actions = new HBox(8, add, saveRoles, reset, toggle);

        Label note = new Label(t(model.mayManageUsers() ? "users.note" : "users.adminOnly"));
        note.setWrapText(true);
        note.getStyleClass().add("note");
        form.setDisable(!model.mayManageUsers());
        actions.setDisable(!model.mayManageUsers());
        view.getChildren().setAll(title, note, table, form, actions, message);
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private Label label(String key, Node target) {
        Label l = new Label(t(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(t(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<User, String> column(String title, java.util.function.Function<User, String> value) {
        TableColumn<User, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    public Node view() {
        return view;
    }
}
