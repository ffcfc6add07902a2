package org.roadmapmonitor.jurisdiction;

/**
 * Whose wording a designation footnote follows. UN bodies, UNDP and SEESAC write "in the context of Security
 * Council resolution 1244 (1999)"; the EU writes "without prejudice to positions on status". A framework or a
 * fund chooses one (the UN's unless it says otherwise).
 */
public final class Designations {
    private Designations() {}

    public enum Convention {
        UN,
        EU
    }

    /** Who chooses the wording. */
    public enum Owner {
        FRAMEWORK,
        FUND
    }

    /** One footnote as printed below a page or an export: the jurisdiction, its name, the text in a language. */
    public record Footnote(String code, String name, String footnote) {}
}
