package org.medaid.backup;

/** One table's row count and an order-independent checksum of its rows (hex). */
public record TableSum(long rows, String checksum) {
}
