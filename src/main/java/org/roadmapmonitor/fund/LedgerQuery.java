package org.roadmapmonitor.fund;

import java.time.LocalDate;
import org.roadmapmonitor.fund.ledger.EntryType;

/** Which ledger entries to list or export; every part may be left out (null) to take all. */
public record LedgerQuery(EntryType type, LocalDate from, LocalDate to, String donor, String project) {
    public static final LedgerQuery ALL = new LedgerQuery(null, null, null, null, null);

    public LedgerQuery {
        donor = blankToNull(donor);
        project = blankToNull(project);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
