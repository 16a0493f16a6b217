package org.medaid.workflow;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.insurance.InsuranceCondition;
import org.medaid.model.Labels;

/**
 * {@link WorkflowProblem#NOT_INSURED}: the 参保台账 records the person not insured on a bill's date (ADR 0050). Its
 * message cites the clause of the person's own policy that makes basic insurance a condition of assistance, or says the
 * condition is unconfirmed for that region (ADR 0092), in the screen's language.
 */
public final class NotInsuredException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    private final transient InsuranceCondition condition;

    NotInsuredException(LocalDate date, InsuranceCondition condition) {
        super(WorkflowProblem.NOT_INSURED, date.toString());
        this.condition = condition;
    }

    public InsuranceCondition condition() {
        return condition;
    }

    @Override
    public String message(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.workflow.messages", locale, Labels.NO_FALLBACK);
        return new MessageFormat(b.getString("workflow.problem.NOT_INSURED"), locale)
                .format(new Object[] {args().get(0), condition.sentence(locale)});
    }
}
