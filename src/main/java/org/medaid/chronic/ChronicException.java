package org.medaid.chronic;

import java.util.List;

/** A refused entitlement step: nothing was written. */
public final class ChronicException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ChronicProblem problem;
    private final transient List<String> args;

    public ChronicException(ChronicProblem problem, String... args) {
        super(problem.name() + (args.length == 0 ? "" : " " + String.join(", ", args)));
        this.problem = problem;
        this.args = List.of(args);
    }

    public ChronicProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }
}
