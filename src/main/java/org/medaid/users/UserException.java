package org.medaid.users;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;
import org.medaid.store.StoreException;

/** A refused user action with its {@link UserProblem}; nothing was written. */
public class UserException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final UserProblem problem;

    public UserException(UserProblem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }

    public UserProblem problem() {
        return problem;
    }

    /** The message for the screen, from {@code org/medaid/users/messages}. */
    public String message(Locale locale) {
        return ResourceBundle.getBundle("org.medaid.users.messages", locale, Labels.NO_FALLBACK)
                .getString("user.problem." + problem.name());
    }
}
