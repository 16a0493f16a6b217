package org.medaid.desk.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.AuditCheck;
import org.medaid.store.Database;

/**
 * 设置 › 审计记录 (ADR 0035): walks the audit trail's hash chain on the worker and says "审计记录完整, N 条"
 * or names the first broken row. Verified once when the page opens and again on the button.
 */
public final class AuditView {

    private final Database db;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Label result = new Label();

    public AuditView(Database db, TaskExecutor executor, Texts texts) {
        this.db = db;
        this.executor = executor;
        this.texts = texts;
    }

    public Node view() {
        Label title = new Label(texts.get("settings.audit").replace("(_R)", "").replace("_", ""));
        title.getStyleClass().add("card-title");
        result.setId("auditResult");
        result.setWrapText(true);
        Button check = new Button(texts.get("settings.audit.check"));
        check.setId("auditCheck");
        check.setMnemonicParsing(true);
        check.setOnAction(e -> verify());
        VBox card = new VBox(10, title, new HBox(12, check, result));
        card.getStyleClass().add("card");
        card.setMaxWidth(860);
        VBox page = new VBox(card);
        page.getStyleClass().add("page");
        page.setStyle("-fx-padding: 0 24 0 24;");
        verify();
        return page;
    }

    private void verify() {
        result.setText(texts.get("settings.audit.checking"));
        executor.submit(BackgroundTask.of("verify audit", p -> db.verifyAudit())
                .onSuccess((AuditCheck c) -> {
                    result.setText(c.sentence(texts.locale()));
                    result.getStyleClass().setAll("label", c.intact() ? "field-ok" : "field-message");
                })
                .onFailure(e -> result.setText(String.valueOf(e.getMessage()))));
    }
}
