package org.medaid.model;

/** Level of the treating hospital. */
public enum HospitalLevel {
    TOWNSHIP,
    COUNTY,
    CITY,
    PROVINCE
}
