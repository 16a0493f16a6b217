package org.medaid.workflow;

/** One member of the applicant's household as it was when the application was made. */
public record HouseholdMember(long personId, String name, String relation, String idNumber) {
}
