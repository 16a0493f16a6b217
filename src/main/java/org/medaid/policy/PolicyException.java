package org.medaid.policy;

/** A policy file that cannot be used: names the file, the field and the reason. */
public class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String reason;

    public PolicyException(String file, String field, String reason) {
        super("policy file " + file + (field == null || field.isEmpty() ? "" : ", field " + field) + ": " + reason);
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
