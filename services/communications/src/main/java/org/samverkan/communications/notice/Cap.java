package org.samverkan.communications.notice;

/** The OASIS CAP 1.2 enumerations a notice is classified by, spelt exactly as the standard spells them. */
public final class Cap {
    private Cap() {
    }

    public enum Category { Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other }

    public enum Urgency { Immediate, Expected, Future, Past, Unknown }

    public enum Severity { Extreme, Severe, Moderate, Minor, Unknown }

    public enum Certainty { Observed, Likely, Possible, Unlikely, Unknown }
}
