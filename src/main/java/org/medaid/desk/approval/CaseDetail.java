package org.medaid.desk.approval;

import java.util.Map;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.AssistanceApplication;

/**
 * A case as the detail panel shows it: the application, its person, whether the logged-in user entered it
 * or one of its bills ({@code ownCase}: they may not review, approve or refuse it), and the display names
 * of the users named on its stages.
 */
public record CaseDetail(AssistanceApplication application, PersonRecord person, boolean ownCase, Map<String, String> names) {

    public CaseDetail {
        names = Map.copyOf(names);
    }

    /** The user's display name, or their login name when unknown. */
    public String name(String login) {
        return names.getOrDefault(login, login);
    }
}
