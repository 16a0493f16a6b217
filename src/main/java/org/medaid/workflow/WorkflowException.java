package org.medaid.workflow;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;
import org.medaid.store.StoreException;

/** A refused step of an application, with its {@link WorkflowProblem} and the figures of its message; nothing was written. */
public class WorkflowException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final WorkflowProblem problem;
    private final transient List<String> args;

    public WorkflowException(WorkflowProblem problem, String... args) {
        super(problem + (args.length == 0 ? "" : " " + String.join(", ", args)));
        this.problem = problem;
        this.args = List.of(args);
    }

    public WorkflowProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }

    /** The message for the screen, from {@code org/medaid/workflow/messages}. */
    public String message(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.workflow.messages", locale, Labels.NO_FALLBACK);
        return new MessageFormat(b.getString("workflow.problem." + problem.name()), locale).format(args.toArray());
    }
}
