package org.medaid.backup;

/** A refused or failed backup or restore, with its {@link BackupProblem}; the store was left as it was. */
public final class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BackupProblem problem;
    private final String detail;

    public BackupException(BackupProblem problem, String detail) {
        this(problem, detail, null);
    }

    /** {@code detail} is what the clerk's sentence names (a file name); the technical reason is in {@code cause}. */
    public BackupException(BackupProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.problem = problem;
        this.detail = detail;
    }

    public BackupProblem problem() {
        return problem;
    }

    /** The file, table or system message the clerk's sentence names. */
    public String detail() {
        return detail;
    }
}
