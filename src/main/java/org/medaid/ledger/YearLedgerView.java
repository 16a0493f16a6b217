package org.medaid.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.calc.FlagNote;
import org.medaid.calc.PremiumResult;
import org.medaid.calc.Tier;
import org.medaid.calc.TrackStatus;
import org.medaid.store.PersonRecord;

/**
 * A person's year as the ledger screen shows it: every bill in settlement order (voided
 * ones too, not computed), what each tier paid with the running totals, what is left of each deductible
 * and cap at the end of the year, the premium subsidy of the insurance year, the flags and the figures
 * used that the documents leave open ({@code unconfirmed}).
 *
 * @param tracks         the state of every tier track after the last computed bill (empty: no bill)
 * @param premium        the subsidy for insurance year {@code year}; null, with {@code premiumProblem}, when no
 *                       policy's subsidy rules cover the year
 */
public record YearLedgerView(
        PersonRecord person,
        int year,
        List<LedgerRow> rows,
        Map<Tier, BigDecimal> totals,
        BigDecimal totalCost,
        BigDecimal selfPay,
        List<TrackStatus> tracks,
        PremiumResult premium,
        String premiumProblem,
        List<FlagNote> flags,
        List<String> unconfirmed) {

    public Optional<LedgerRow> row(long billId) {
        return rows.stream().filter(r -> r.billId() == billId).findFirst();
    }

    public List<LedgerRow> computedRows() {
        return rows.stream().filter(LedgerRow::computed).toList();
    }

    /** Whether some bill of the year goes by application (see {@link LedgerFlags#BY_APPLICATION}). */
    public boolean needsApplication() {
        return flags.stream().anyMatch(f -> LedgerFlags.BY_APPLICATION.contains(f.code()));
    }
}
