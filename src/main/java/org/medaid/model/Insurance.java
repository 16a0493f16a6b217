package org.medaid.model;

/** The basic medical insurance a person is enrolled in: 城乡居民医保 or 职工医保. */
public enum Insurance {
    RESIDENT,
    EMPLOYEE
}
