package org.roadmapmonitor.reporting;

/**
 * What a return reopened: a value ({@code target} = indicator code, or "code|disaggregation") or an
 * objective's narrative ({@code target} = objective code), with a note saying what is wrong.
 */
public record Flag(Kind kind, String target, String note) {
    public enum Kind {
        VALUE,
        NARRATIVE
    }

    /** Whether this flag reopens the value of the indicator with this disaggregation. */
    public boolean opensValue(String indicator, String disaggregation) {
        if (kind != Kind.VALUE) {
            return false;
        }
        int bar = target.indexOf('|');
        return bar < 0 ? target.equals(indicator) : target.equals(indicator + "|" + disaggregation);
    }
}
