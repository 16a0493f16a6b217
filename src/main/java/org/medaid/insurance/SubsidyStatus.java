package org.medaid.insurance;

/**
 * Where a premium-subsidy row stands (广西通知 二(二), 二(三)): 待报送, 已报送税务, 已缴费, 已退费. A refunded row is
 * set back to 待报送 to be paid again (退费重缴).
 */
public enum SubsidyStatus {
    PENDING,
    SENT,
    PAID,
    REFUNDED
}
