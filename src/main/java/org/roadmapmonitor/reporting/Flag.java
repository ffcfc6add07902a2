package org.roadmapmonitor.reporting;

/**
 * What a return reopened: a value ({@code target} = indicator code, or "code|disaggregation") or an
 * objective's narrative ({@code target} = objective code), with a note saying what is wrong. Flagging any
 * cell of an indicator reopens all its cells: a total cannot be lowered below a breakdown that stays locked.
 */
public record Flag(Kind kind, String target, String note) {
    public enum Kind {
        VALUE,
        NARRATIVE
    }

    /** Whether this flag reopens the value of the indicator with this disaggregation: any cell of a flagged indicator. */
    public boolean opensValue(String indicator, String disaggregation) {
        if (kind != Kind.VALUE) {
            return false;
        }
        int bar = target.indexOf('|');
        return (bar < 0 ? target : target.substring(0, bar)).equals(indicator);
    }

    /** Whether the reviewer pointed at this very cell (or at the whole indicator). */
    public boolean marks(String indicator, String disaggregation) {
        return kind == Kind.VALUE && (target.equals(indicator) || target.equals(indicator + "|" + disaggregation));
    }
}
