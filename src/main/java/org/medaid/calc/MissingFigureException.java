package org.medaid.calc;

import org.medaid.policy.Policy;

/**
 * A figure the county sets is missing (a year's individual contribution, say): the message is Chinese and
 * says where to enter it (设置 › 县级参数, ADR 0036); {@code figure} is the parameter's path for programs.
 */
public class MissingFigureException extends CalculationException {

    private static final long serialVersionUID = 1L;

    private final String policyId;
    private final String figure;

    public MissingFigureException(Policy policy, String figure, String message) {
        super(message);
        this.policyId = policy.id();
        this.figure = figure;
    }

    public String policyId() {
        return policyId;
    }

    public String figure() {
        return figure;
    }
}
