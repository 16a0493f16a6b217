package org.medaid.identity;

/**
 * An administrative code of a policy region: its own name, the full name shown to clerks (邵阳市隆回县),
 * and, for a retired code, the code that replaced it (430521 邵东县 → 430582 邵东市). An ID number
 * issued under a retired code stays valid.
 */
public record Region(String code, String name, String fullName, boolean retired, String successor) {
}
