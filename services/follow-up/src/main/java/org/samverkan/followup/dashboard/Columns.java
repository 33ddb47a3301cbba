package org.samverkan.followup.dashboard;

/** What the matrix's columns are. */
public enum Columns {
    TARGET_GROUP("targetGroup"), LANGUAGE("language");

    private final String parameter;

    Columns(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static Columns of(String parameter) {
        for (Columns c : values()) {
            if (c.parameter.equals(parameter)) {
                return c;
            }
        }
        return null;
    }
}
