package org.medaid.policy;

/** Who pays a premium subsidy: the medical-assistance fund or the county budget. */
public enum Fund {
    ASSISTANCE,
    COUNTY
}
