package org.medaid.desk.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.insurance.SubsidyRecord;
import org.medaid.insurance.SubsidyStatus;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/** 资助参保报送 as a file: the rows of the year as the list shows them, with the year and the status chosen. */
final class SubsidyTable {

    private final Texts texts;
    private final ReportState state;

    SubsidyTable(Texts texts, ReportState state) {
        this.texts = texts;
        this.state = state;
    }

    DataTable of(PremiumSubsidyViewModel.Loaded l, Function<SubsidyStatus, String> status) {
        List<String> filter = new ArrayList<>(List.of(texts.format("subsidy.export.filter", l.year(),
                l.only() == null ? texts.get("subsidy.filter.all") : status.apply(l.only()))));
        filter.addAll(List.of(state.source()));
        DataTable t = new DataTable(texts.get("subsidy.title"), filter, List.of(col("name", ColumnType.TEXT),
                col("idNumber", ColumnType.CODE), col("village", ColumnType.TEXT), col("subsidy", ColumnType.MONEY),
                col("assistance", ColumnType.MONEY), col("county", ColumnType.MONEY), col("status", ColumnType.TEXT),
                col("due", ColumnType.DATE), col("sent", ColumnType.DATE), col("paid", ColumnType.DATE),
                Column.of(texts.get("subsidy.col.refund"), ColumnType.DATE), Column.of(texts.get("subsidy.export.refundReason"), ColumnType.TEXT)));
        for (SubsidyRecord r : l.rows()) {
            t.row(r.name(), r.idNumber(), r.village(), r.subsidy(), r.assistanceFund(), r.countyBudget(), status.apply(r.status()),
                    r.sendDue(), r.sentOn(), r.paidOn(), r.refundedOn(), r.refundReason());
        }
        return t;
    }

    private Column col(String key, ColumnType type) {
        return Column.of(texts.get("subsidy.col." + key), type);
    }
}
