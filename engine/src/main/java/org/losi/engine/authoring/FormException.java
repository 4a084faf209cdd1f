package org.losi.engine.authoring;

/** A form field whose value cannot be written as a rule. Names the field and quotes the value. */
public final class FormException extends RuntimeException {
    private final String field;

    public FormException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
