package org.medaid.policy;

import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;

/** A row of the basic-insurance table: deductible per admission and rate by kind, level and insurance. */
public record BasicRow(Set<BillKind> kinds, Set<HospitalLevel> levels, Insurance insurance, Param deductible, Param rate) {

    public BasicRow {
        kinds = Set.copyOf(kinds);
        levels = Set.copyOf(levels);
    }

    public boolean matches(BillKind kind, HospitalLevel level, Insurance ins) {
        return kinds.contains(kind) && (levels.isEmpty() || levels.contains(level)) && (insurance == null || insurance == ins);
    }
}
