package org.roadmapmonitor.fund.ledger;

import java.time.LocalDate;
import org.roadmapmonitor.shared.ConflictException;

/** A posting dated on or before the day the fund's books are closed through. */
public class ClosedPeriodException extends ConflictException {
    public ClosedPeriodException(LocalDate date, LocalDate closedThrough) {
        super("fund.closedPeriod", closedThrough, date);
    }
}
