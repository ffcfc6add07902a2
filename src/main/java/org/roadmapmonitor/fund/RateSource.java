package org.roadmapmonitor.fund;

import java.time.Instant;

/**
 * Where the USD rate of a ledger entry came from, so that a reader can tell who set the value a deposit was
 * booked at: given with the posting by the person who recorded it, or taken from the fund's rate table, where
 * someone entered it earlier. Entries in USD have none.
 *
 * @param enteredBy who entered the rate (unknown, null, for rates entered before this was recorded)
 */
public record RateSource(Kind kind, String enteredBy, Instant enteredAt) {
    public enum Kind {
        POSTING,
        TABLE
    }
}
