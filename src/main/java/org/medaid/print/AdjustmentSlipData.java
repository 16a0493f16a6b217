package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one 结算调整单 prints (ADR 0031): its own number, the settlement it adjusts, whose bill, each
 * tier whose figure changed (as issued, as it is now, the difference: 补付 above zero, 应退回 below), why,
 * who confirmed it and when. {@code key} of a line is a tier's name or {@code selfPay}.
 */
public record AdjustmentSlipData(
        String office,
        String number,
        String settlementNumber,
        String personName,
        String idNumber,
        LocalDate settled,
        String hospital,
        List<Line> lines,
        List<String> reasons,
        String confirmedBy,
        LocalDate confirmedOn,
        LocalDate printedOn,
        boolean reprint,
        IdDisplay idDisplay) {

    /** One tier's change. */
    public record Line(String key, BigDecimal before, BigDecimal after, BigDecimal difference) {
    }

    public AdjustmentSlipData {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(settlementNumber, "settlementNumber");
        Objects.requireNonNull(printedOn, "printedOn");
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
        idDisplay = idDisplay == null ? IdDisplay.MASKED : idDisplay;
    }
}
