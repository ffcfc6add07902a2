package org.roadmapmonitor.framework;

import java.time.LocalDate;
import org.roadmapmonitor.shared.PeriodCode;

/** One entry of a framework's reporting calendar: when data entry for a period opens and closes. */
public record ReportingPeriod(
        String framework, PeriodCode period, LocalDate opensOn, LocalDate closesOn, boolean locked) {
    public enum State {
        UPCOMING,
        OPEN,
        CLOSED,
        LOCKED
    }

    public State stateOn(LocalDate day) {
        if (locked) {
            return State.LOCKED;
        }
        if (day.isBefore(opensOn)) {
            return State.UPCOMING;
        }
        return day.isAfter(closesOn) ? State.CLOSED : State.OPEN;
    }
}
