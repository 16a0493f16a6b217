package org.medaid.desk.insurance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.insurance.UninsuredRow;
import org.medaid.insurance.VillageCoverage;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/** 参保台账 as files: the people as the list shows them (ID numbers as text) and the villages' rates (shares as numbers). */
final class InsuranceTables {

    private final InsuranceLedgerViewModel model;
    private final ReportState state;
    private final Texts texts;

    InsuranceTables(InsuranceLedgerViewModel model, ReportState state, Texts texts) {
        this.model = model;
        this.state = state;
        this.texts = texts;
    }

    List<DataTable> of(InsuranceLedgerViewModel.Loaded l) {
        List<String> filter = new ArrayList<>(List.of(texts.format("insurance.filter", l.year(),
                texts.get(l.onlyUninsured() ? "insurance.filter.uninsured" : "insurance.filter.all"))));
        filter.addAll(List.of(state.source()));
        DataTable people = new DataTable(texts.get("insurance.title"), filter, List.of(col("name", ColumnType.TEXT),
                col("idNumber", ColumnType.CODE), col("village", ColumnType.TEXT), col("categories", ColumnType.TEXT),
                col("status", ColumnType.TEXT), col("reason", ColumnType.TEXT).wider(24), col("daysLeft", ColumnType.TEXT)));
        for (UninsuredRow r : l.rows()) {
            people.row(r.name(), r.idNumber(), r.village(), model.categories(r), model.status(r), model.reason(r), model.days(r));
        }
        DataTable villages = new DataTable(texts.get("insurance.villages.title"), filter, List.of(col("village", ColumnType.TEXT),
                col("protected", ColumnType.COUNT), col("insured", ColumnType.COUNT), col("uninsured", ColumnType.COUNT),
                col("unrecorded", ColumnType.COUNT), col("rate", ColumnType.SHARE), col("target", ColumnType.SHARE)));
        for (VillageCoverage v : l.villages()) {
            villages.row(v.village(), v.protectedCount(), v.insured(), v.uninsured(), v.unrecorded(), share(v.ratePercent()),
                    share(v.targetPercent()));
        }
        return List.of(people, villages);
    }

    private Column col(String key, ColumnType type) {
        return Column.of(texts.get("insurance.col." + key), type);
    }

    private static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    }
}
