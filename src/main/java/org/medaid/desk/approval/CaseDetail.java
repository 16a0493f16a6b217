package org.medaid.desk.approval;

import org.medaid.workflow.FiguresChange;

import java.util.Map;
import org.medaid.store.PersonRecord;
import org.medaid.policy.Procedure;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Grant;
import org.medaid.workflow.Procedures;

/**
 * A case as the detail panel shows it: the application, its person, whether the logged-in user entered it
 * or one of its bills ({@code ownCase}: they may not review, approve or refuse it), and the display names
 * of the users named on its stages, the procedure of its policy (ADR 0038: deadlines, notice before approval), and
 * for a case not yet approved the amount the calculator grants it with its lines ({@code grant}, ADR 0056; null once
 * decided or when the bills cannot be computed). {@code returned} is the approval the case held when it was last sent
 * back to 乡镇审核 (ADR 0064), shown beside the new figures; null when it never was.
 */
public record CaseDetail(AssistanceApplication application, PersonRecord person, boolean ownCase, Map<String, String> names,
        FiguresChange figuresChange, Procedure procedure, Grant grant, FiguresChange.Granted returned) {

    public CaseDetail {
        names = Map.copyOf(names);
    }

    /** A case never sent back after an approval. */
    public CaseDetail(AssistanceApplication application, PersonRecord person, boolean ownCase, Map<String, String> names,
            FiguresChange figuresChange, Procedure procedure, Grant grant) {
        this(application, person, ownCase, names, figuresChange, procedure, grant, null);
    }

    /** A case whose figures are as reviewed. */
    public CaseDetail(AssistanceApplication application, PersonRecord person, boolean ownCase, Map<String, String> names) {
        this(application, person, ownCase, names, null, Procedures.UNSET, null);
    }

    /** Whether the county posts a notice before approval: then 县级审批 waits for 公示. */
    public boolean noticeBeforeApproval() {
        return procedure.preApprovalNoticeOn();
    }

    /** The user's display name, or their login name when unknown. */
    public String name(String login) {
        return names.getOrDefault(login, login);
    }
}
