package org.medaid.store;

import org.medaid.identity.IdProblem;

/** A person saved with an ID number that fails GB 11643 or whose first six digits are no GB/T 2260 code. */
public class InvalidIdNumberException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final IdProblem problem;

    public InvalidIdNumberException(String idNumber, IdProblem problem) {
        super("ID number " + idNumber + " is refused: " + problem);
        this.problem = problem;
    }

    /** The reason; {@link IdProblem#message()} gives the clerk's text. */
    public IdProblem problem() {
        return problem;
    }
}
