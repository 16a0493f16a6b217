package org.medaid.importer;

import java.time.LocalDate;
import java.util.List;
import org.medaid.store.StoreTip;

/**
 * What a preview's classification rests on, kept for its commit (ADR 0076): the store's tip (its audit chain's row
 * count and newest hash) read before the preview read anything, the day it ran, and the writes its rows make in the
 * order they must be made. The commit reuses the writes only when its own transaction finds the same tip on the
 * same day: every write of the store adds an audit row, so nothing the preview read has changed.
 */
public final class PreviewBasis {

    private final StoreTip.Tip tip;
    private final LocalDate day;
    private final List<RowWrite> writes;

    PreviewBasis(StoreTip.Tip tip, LocalDate day, List<RowWrite> writes) {
        this.tip = tip;
        this.day = day;
        this.writes = List.copyOf(writes);
    }

    boolean holds(StoreTip.Tip now, LocalDate today) {
        return tip.equals(now) && day.equals(today);
    }

    List<RowWrite> writes() {
        return writes;
    }
}
