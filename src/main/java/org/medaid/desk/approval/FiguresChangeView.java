package org.medaid.desk.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.model.Money;
import org.medaid.workflow.ApplicationBill;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.FiguresChange;

/**
 * The case's figures that changed since they were submitted or reviewed (ADR 0031): a warning that the case
 * is back at 乡镇审核, and old and new amounts side by side, with the amount applied for (申请金额).
 */
final class FiguresChangeView {

    private FiguresChangeView() {
    }

    /**
     * The change's grid; where the case was approved when it went back (ADR 0064), the approved amount it lost beside
     * the amount the calculator grants now ({@code grant}, null when it cannot be computed).
     */
    static List<Node> of(FiguresChange change, AssistanceApplication a, org.medaid.workflow.Grant grant, Texts text) {
        if (change == null) {
            return List.of();
        }
        Label warning = new Label(text.format("approval.figures.changed", change.fromStage().label(text.locale())));
        warning.setId("figuresWarning");
        warning.getStyleClass().addAll("banner", "banner-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setId("figuresGrid");
        grid.getStyleClass().addAll("form-grid", "facts-grid");
        grid.setHgap(18);
        grid.addRow(0, head(text.get("approval.figures.item")), head(text.get("approval.figures.before")),
                head(text.get("approval.figures.after")));
        int row = 1;
        row = line(grid, row, text.get("approval.bill.total"), change, ApplicationBill::total);
        row = line(grid, row, text.get("approval.figures.assistance"), change, ApplicationBill::assistance);
        row = line(grid, row, text.get("approval.figures.reAssistance"), change, ApplicationBill::reAssistance);
        row = line(grid, row, text.get("approval.bill.selfPay"), change, ApplicationBill::selfPay);
        grid.addRow(row++, new Label(text.get("approval.fact.requested")), money(a.requestedAmount(), "figuresRequested"),
                new Label(""));
        FiguresChange.Granted g = change.granted();
        if (g != null) {
            Label now = grant == null ? new Label(text.get("approval.figures.regrant"))
                    : new Label(text.format("approval.fact.computedWas", MoneyText.format(grant.computed())));
            now.setId("figuresGrantNow");
            now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label old = new Label(granted(g, text));
            old.setId("figuresGrantBefore");
            old.setWrapText(true);
            grid.addRow(row, new Label(text.get("approval.figures.granted")), old, now);
        }
        VBox box = new VBox(4, warning, grid);
        return List.of(box);
    }

    /** 3,500.00（2024-12-10 批准；按政策计算 3,500.00；调整理由：…） */
    static String granted(FiguresChange.Granted g, Texts text) {
        String computed = g.computed() == null ? "" : text.format("approval.figures.grantedComputed", MoneyText.format(g.computed()));
        String reason = g.reason() == null ? "" : text.format("approval.figures.grantedReason", g.reason());
        return text.format("approval.figures.grantedValue", MoneyText.format(g.amount()),
                g.on() == null ? "" : g.on().toString(), computed, reason);
    }

    private static int line(GridPane grid, int row, String item, FiguresChange c, Function<ApplicationBill, BigDecimal> amount) {
        grid.addRow(row, new Label(item), money(sum(c.before(), amount), null), money(sum(c.after(), amount), null));
        return row + 1;
    }

    private static BigDecimal sum(List<ApplicationBill> bills, Function<ApplicationBill, BigDecimal> amount) {
        return bills.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static Label head(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("subsection-title");
        return l;
    }

    private static Label money(BigDecimal v, String id) {
        Label l = new Label(MoneyText.format(v));
        if (id != null) {
            l.setId(id);
        }
        return l;
    }
}
