package org.roadmapmonitor.fund.ledger;

import java.time.LocalDate;
import org.roadmapmonitor.shared.ConflictException;

/** A posting dated on or before the day the fund's books are closed through. */
public class ClosedPeriodException extends ConflictException {
    public ClosedPeriodException(LocalDate date, LocalDate closedThrough) {
        super("The books are closed through " + closedThrough + ", so nothing can be posted on " + date
                + ". Post it (or its correction) on a later date.");
    }
}
