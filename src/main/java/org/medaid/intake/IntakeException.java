package org.medaid.intake;

import java.util.List;

/** A refused intake step: nothing was written. */
public final class IntakeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final IntakeProblem problem;
    private final transient List<String> args;

    public IntakeException(IntakeProblem problem, String... args) {
        super(problem.name() + (args.length == 0 ? "" : " " + String.join(", ", args)));
        this.problem = problem;
        this.args = List.of(args);
    }

    public IntakeProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }
}
