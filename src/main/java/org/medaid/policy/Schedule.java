package org.medaid.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.medaid.model.Location;

/**
 * A tier's schedule F on the annual base: a deductible (起付线), rate segments above it, and the annual
 * cap (年度最高支付限额; a param whose value is null means no cap). {@code locationRates} replace the
 * rate of a one-segment schedule where the hospital is (潮医保〔2021〕48号 二.7: 85% outside the city).
 */
public record Schedule(Param deductible, List<Segment> segments, Param cap, Map<Location, Param> locationRates) {

    public Schedule {
        segments = List.copyOf(segments);
        locationRates = locationRates == null ? Map.of() : Map.copyOf(locationRates);
    }

    public BigDecimal capValue() {
        return cap == null ? null : cap.value();
    }
}
