package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The cases approved in one quarter, for the village board, with the total granted. */
public record NoticeList(int year, int quarter, LocalDate from, LocalDate to, List<NoticeRow> rows, BigDecimal total) {

    public NoticeList {
        rows = List.copyOf(rows);
    }
}
