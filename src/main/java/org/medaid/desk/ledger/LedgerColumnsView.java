package org.medaid.desk.ledger;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import org.medaid.calc.Tier;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.ledger.LedgerRow;

/**
 * The ledger's two tables, column by column: the bills (day, hospital, kind, each tier's payment, the
 * running totals, the state) and the tracks (deductible and cap, what is left of each); and the row that
 * strikes a voided bill through and marks one the last change moved.
 */
final class LedgerColumnsView {

    /** The year is chosen above the table: the day is enough (03-10). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final Texts text;

    LedgerColumnsView(Texts text) {
        this.text = text;
    }

    TableRow<LedgerItem> row() {
        return new LedgerRowCell();
    }

    void bills(TableColumn<LedgerItem, String> numberColumn, TableColumn<LedgerItem, String> dateColumn,
            TableColumn<LedgerItem, String> hospitalColumn, TableColumn<LedgerItem, String> kindColumn,
            TableColumn<LedgerItem, String> stateColumn) {
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().number())));
        // the year is chosen above the table: the day is enough (03-10)
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DAY.format(c.getValue().bill().settlementDate())));
        hospitalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().bill().bill().hospitalName())));
        // the column is narrow (7cb7c9a): a short name that fits whole (门诊慢特病 showed as 门诊…)
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shortKind(c.getValue().bill().bill().kind())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(state(c.getValue())));
    }

    void amounts(TableColumn<LedgerItem, LedgerItem> totalColumn, TableColumn<LedgerItem, LedgerItem> basicColumn,
            TableColumn<LedgerItem, LedgerItem> criticalColumn, TableColumn<LedgerItem, LedgerItem> assistanceColumn,
            TableColumn<LedgerItem, LedgerItem> reAssistanceColumn, TableColumn<LedgerItem, LedgerItem> otherColumn,
            TableColumn<LedgerItem, LedgerItem> selfPayColumn, TableColumn<LedgerItem, LedgerItem> runningBasicColumn,
            TableColumn<LedgerItem, LedgerItem> runningCriticalColumn, TableColumn<LedgerItem, LedgerItem> runningAssistanceColumn) {
        money(totalColumn, i -> i.bill().bill().total(), null);
        money(basicColumn, i -> i.paid(Tier.basic), Tier.basic);
        money(criticalColumn, i -> i.paid(Tier.criticalIllness), Tier.criticalIllness);
        money(assistanceColumn, i -> i.paid(Tier.assistance), Tier.assistance);
        money(reAssistanceColumn, i -> i.paid(Tier.reAssistance), Tier.reAssistance);
        money(otherColumn, LedgerItem::other, null);
        money(selfPayColumn, LedgerItem::selfPay, null);
        money(runningBasicColumn, i -> i.running(Tier.basic), null);
        money(runningCriticalColumn, i -> i.running(Tier.criticalIllness), null);
        money(runningAssistanceColumn, i -> i.computed() ? i.running(Tier.assistance).add(i.running(Tier.reAssistance)) : null, null);
    }

    private void money(TableColumn<LedgerItem, LedgerItem> column, Function<LedgerItem, BigDecimal> value, Tier tier) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new MoneyCell(value, tier, text));
    }

    private String state(LedgerItem i) {
        if (i.voided()) {
            return text.get("ledger.state.voided");
        }
        if (i.row().status() == LedgerRow.Status.NOT_COMPUTED) {
            return text.get("ledger.state.notComputed");
        }
        if (i.change() != null) {
            return text.get("ledger.state.changed");
        }
        if (i.row().ordinary()) {
            return text.get("ledger.state.ordinary");
        }
        return i.bill().correctedAt() != null ? text.get("ledger.state.corrected") : "";
    }

    void tracks(TableColumn<TrackItem, String> trackNameColumn, TableColumn<TrackItem, String> trackGroupColumn,
            TableColumn<TrackItem, String> trackDeductibleColumn, TableColumn<TrackItem, String> trackDeductibleLeftColumn,
            TableColumn<TrackItem, String> trackCapColumn, TableColumn<TrackItem, String> trackPaidColumn,
            TableColumn<TrackItem, String> trackCapLeftColumn) {
        trackNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        trackGroupColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().group()));
        trackDeductibleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(MoneyText.format(c.getValue().deductible())));
        trackDeductibleLeftColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(MoneyText.format(c.getValue().deductibleLeft())));
        trackCapColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cap() == null ? text.get("ledger.track.noCap")
                : MoneyText.format(c.getValue().cap())));
        trackPaidColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(MoneyText.format(c.getValue().paid())));
        trackCapLeftColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().capLeft() == null ? "—"
                : MoneyText.format(c.getValue().capLeft())));
        for (TableColumn<TrackItem, String> c : List.of(trackDeductibleColumn, trackDeductibleLeftColumn, trackCapColumn,
                trackPaidColumn, trackCapLeftColumn)) {
            c.setCellFactory(col -> new RightCell<>());
        }
    }

    /** Marks a voided bill (struck through), one the last change moved, and one that is not computed. */
    final class LedgerRowCell extends TableRow<LedgerItem> {
        @Override
        protected void updateItem(LedgerItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("voided", "changed", "not-computed", "ordinary");
            setTooltip(null);
            if (empty || item == null) {
                return;
            }
            if (item.voided()) {
                getStyleClass().add("voided");
                setTooltip(new Tooltip(text.format("ledger.voided.tooltip", orEmpty(item.bill().voidReason()),
                        orEmpty(item.bill().voidedBy()))));
            } else if (item.row().status() == LedgerRow.Status.NOT_COMPUTED) {
                getStyleClass().add("not-computed");
            } else if (item.change() != null) {
                getStyleClass().add("changed");
            }
        }
    }

    private static final class RightCell<S> extends TableCell<S, String> {
        RightCell() {
            getStyleClass().add("money-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The bill kind's short name for the ledger's 类别 column: 住院, 慢特病, 门诊, 特药. */
    String shortKind(org.medaid.model.BillKind kind) {
        return kind == null ? "" : text.get("ledger.kind." + kind.name());
    }
}
