package org.medaid.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One identity category held from {@code from} to {@code to} inclusive ({@code to} null: still held).
 * These are the dates the certifying department wrote down; when benefits start is the policy's business.
 */
public record CategorySpan(Category code, LocalDate from, LocalDate to) {

    public CategorySpan {
        Objects.requireNonNull(code, "category code");
        Objects.requireNonNull(from, "category start date");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("category " + code + " ends " + to + " before it starts " + from);
        }
    }
}
