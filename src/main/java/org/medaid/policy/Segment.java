package org.medaid.policy;

/** One segment of a schedule: the rate applies to the annual base up to {@code upTo} (null: no end). */
public record Segment(Param upTo, Param rate) {
}
