package org.medaid.store;

import org.medaid.identity.IdProblem;

/** A person saved with an ID number that fails GB 11643 or lies outside the four regions. */
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
