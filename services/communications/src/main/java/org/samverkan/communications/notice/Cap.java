package org.samverkan.communications.notice;

/** The OASIS CAP 1.2 enumerations a notice is classified by, spelt exactly as the standard spells them. */
public final class Cap {
    private Cap() {
    }

    public enum Category { Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other }

    public enum Urgency { Immediate, Expected, Future, Past, Unknown }

    public enum Severity { Extreme, Severe, Moderate, Minor, Unknown }

    public enum Certainty { Observed, Likely, Possible, Unlikely, Unknown }

    /**
     * CAP {@code <status>}: Actual, or a drill (Exercise) or technical test (Test) that must never pass for a real alert:
     * every page and message of one carries {@link #banner()}, and it is left out of the public list and feed.
     */
    public enum Status {
        Actual(""), Exercise("ÖVNING / EXERCISE"), Test("TEST");

        private final String banner;

        Status(String banner) {
            this.banner = banner;
        }

        /** Blank for an actual alert. */
        public String banner() {
            return banner;
        }

        public boolean drill() {
            return this != Actual;
        }
    }
}
