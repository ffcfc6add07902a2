package org.roadmapmonitor.fund;

import java.time.LocalDate;

/** A numbered call, open to the fund's participating organisations only (their offices apply). */
public record CallForProposals(
        long id, int number, String title, LocalDate opensOn, LocalDate closesOn, String eligible) {
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
