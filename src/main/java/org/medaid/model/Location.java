package org.medaid.model;

/** Where the hospital is, seen from the person's county of registration. */
public enum Location {
    IN_COUNTY,
    /** Another county of the same city. */
    IN_CITY,
    IN_PROVINCE,
    OUT_OF_PROVINCE;

    /** Chaozhou's 本市: inside the city. */
    public boolean insideCity() {
        return this == IN_COUNTY || this == IN_CITY;
    }
}
