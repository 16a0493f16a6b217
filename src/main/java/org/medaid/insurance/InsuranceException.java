package org.medaid.insurance;

import java.util.List;

/** A refused ledger entry: the problem and the values its sentence names. Nothing was written. */
public final class InsuranceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InsuranceProblem problem;
    private final transient List<String> args;

    public InsuranceException(InsuranceProblem problem, String... args) {
        super(problem.name() + (args.length == 0 ? "" : " " + String.join(", ", args)));
        this.problem = problem;
        this.args = List.of(args);
    }

    public InsuranceProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }
}
