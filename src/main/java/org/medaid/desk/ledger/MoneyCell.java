package org.medaid.desk.ledger;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.medaid.calc.Tier;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;

/**
 * An amount of the ledger table, right-aligned as 12,345.60; when the last correction or void moved it,
 * the cell is marked and its tooltip says from what and by how much.
 */
final class MoneyCell extends TableCell<LedgerItem, LedgerItem> {

    private final Function<LedgerItem, BigDecimal> value;
    private final Tier tier;
    private final Texts text;

    MoneyCell(Function<LedgerItem, BigDecimal> value, Tier tier, Texts text) {
        this.value = value;
        this.tier = tier;
        this.text = text;
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("money-cell");
    }

    @Override
    protected void updateItem(LedgerItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("cell-changed");
        setTooltip(null);
        if (empty || item == null) {
            setText(null);
            return;
        }
        BigDecimal v = value.apply(item);
        if (v == null && item.voided() && tier != null) {
            // a voided bill shows what it had been, struck through, so the clerk sees what was taken out
            v = item.change() == null ? null : item.change().before().get(tier);
        }
        setText(v == null ? "" : MoneyText.format(v));
        if (tier != null && item.change() != null && item.change().delta(tier).signum() != 0) {
            getStyleClass().add("cell-changed");
            setTooltip(new Tooltip(text.format("ledger.cell.changed", MoneyText.format(item.change().before().get(tier)),
                    MoneyText.delta(item.change().delta(tier)))));
        }
    }
}
