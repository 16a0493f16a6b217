package org.medaid.identity;

/** Sex as encoded in the 17th digit of a resident ID (odd: male). */
public enum Sex {
    MALE,
    FEMALE
}
